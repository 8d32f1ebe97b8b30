def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'docs/error-codes.md')
assert log.contains('errorspec: there is no docs page ' + page.canonicalPath + '; errorspec:docs creates one') : 'no hint on creating the page'
assert !page.exists() : 'check created the page'
assert new File(basedir, 'target/classes/com/example/it/ErrorCode.class').isFile() : 'the generated code was not compiled'
assert new File(basedir, 'target/my-api-1.0.0-SNAPSHOT.jar').isFile() : 'the project was not packaged'
