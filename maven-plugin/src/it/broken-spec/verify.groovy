def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'error-spec.yaml').canonicalPath
assert log.contains(spec + ':8:17: status 404 is not listed under \'statuses\'') : 'missing the status problem'
assert log.contains(spec + ':10:19: code \'bad_code\' is not valid') : 'missing the code problem'
assert log.contains(spec + ':11:13: unknown key \'mesage\'; did you mean \'message\'?') : 'missing the key problem'
assert !log.contains('at io.github.errorspec') : 'a stack trace was printed'
assert !log.contains('MojoExecutionException') : 'a user error was reported as an execution error'
assert !new File(basedir, 'target/generated-sources/errorspec').exists() : 'output was written for a broken spec'
