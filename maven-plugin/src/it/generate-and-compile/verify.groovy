def classes = new File(basedir, 'target/classes')
def generated = new File(basedir, 'target/generated-sources/errorspec/com/example/it')
assert new File(generated, 'ErrorCode.java').isFile() : 'ErrorCode.java was not generated'
assert new File(generated, 'UnauthorizedException.java').isFile()
assert new File(classes, 'com/example/it/ErrorCode.class').isFile() : 'generated code was not compiled'
assert new File(classes, 'it/Client.class').isFile() : 'code using the generated API did not compile'
def log = new File(basedir, 'build.log').text
assert log.contains('errorspec: 11 Java files in') && log.contains('(11 written, 0 unchanged, 0 deleted)') : 'no summary line'
