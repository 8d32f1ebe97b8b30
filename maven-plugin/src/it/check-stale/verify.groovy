def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'docs/error-codes.md').canonicalPath
assert log.contains(page + ':7: expected `| `401` | Unauthorized |`, found `| `401` | Unauthorised |`; run errorspec:docs')
assert !log.contains('at io.github.errorspec') : 'a stack trace was printed'
assert new File(basedir, 'docs/error-codes.md').text.contains('Unauthorised') : 'check wrote the page'
