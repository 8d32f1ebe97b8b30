['first', 'second'].each { module ->
  def classes = new File(basedir, module + '/target/classes/com/example/' + module)
  assert new File(classes, 'ErrorCode.class').isFile() : module + ' did not compile its generated code'
  assert new File(classes, 'RetryPolicy.class').isFile()
}
def log = new File(basedir, 'build.log').text
assert !log.contains('is not marked @threadSafe') : 'a goal is not thread-safe'
