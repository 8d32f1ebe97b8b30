def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG] errorspec: 11 Java files in') : 'the second build did not report at debug level'
assert log.contains('(0 written, 11 unchanged, 0 deleted): up to date') : 'the second build rewrote files'
