def log = new File(basedir, 'build.log').text
assert log.contains('errorspec: no baseline configured (errorspec.baseline); compatibility not checked')
