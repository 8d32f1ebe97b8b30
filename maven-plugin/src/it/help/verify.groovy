def log = new File(basedir, 'build.log').text
assert log.contains('errorspec:generate') : 'help does not list the goal'
assert log.contains('errorspec.packageName') && log.contains('errorspec.outputDirectory') && log.contains('errorspec.spec')
