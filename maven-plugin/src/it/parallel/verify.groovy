['first', 'second'].each { module ->
  def classes = new File(basedir, module + '/target/classes/com/example/' + module)
  assert new File(classes, 'ErrorCode.class').isFile() : module + ' did not compile its generated code'
  assert new File(classes, 'RetryPolicy.class').isFile()
}
def log = new File(basedir, 'build.log').text
// Maven 3.8 and 3.9 print this warning for any goal lacking threadSafe = true.
assert log.contains('MultiThreadedBuilder') : 'the build did not run in parallel, so it proved nothing'
assert !log.contains('not marked as thread-safe') : 'a goal is not thread-safe'
