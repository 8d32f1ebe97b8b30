def page = new File(basedir, 'docs/error-codes.md').bytes
def expected = new File(basedir, 'expected-error-codes.md').bytes
assert page == expected : 'the page differs from expected-error-codes.md:\n' + new String(page, 'UTF-8')
assert new File(basedir, 'build.log').text.contains('errorspec: updated the tables of')
