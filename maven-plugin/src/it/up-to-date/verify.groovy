def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG] errorspec: 11 Java files in') : 'the second build did not report at debug level'
def upToDate = log.findAll(/\(0 written, 11 unchanged, 0 deleted\): up to date/).size()
assert upToDate == 2 : "the second build rewrote files: ${upToDate} of 2 executions were up to date"
def states = new File(basedir, 'target/errorspec').list().findAll { it.endsWith('.state') }.sort()
assert states == ['generate-default.state', 'generate-second.state'] : "one state file per execution expected, found ${states}"
