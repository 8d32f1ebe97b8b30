def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'docs/error-codes.md')
assert log.contains('errorspec: ' + page.canonicalPath + ': updated') : 'sync did not report the page'
assert page.text.contains('| `401` | Unauthorized |') && !page.text.contains('Unauthorised') : 'sync did not update the page'
assert log.contains('up to date: ' + page.canonicalPath) : 'check did not verify the page after sync'
