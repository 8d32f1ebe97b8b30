def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'baseline/error-spec.yaml').canonicalPath
assert log.contains(baseline + ':13:19: breaking: LEGACY_FORMAT removed without being listed under \'retired\' (baseline baseline/error-spec.yaml)')
assert !log.contains('at io.github.errorspec') : 'a stack trace was printed'
assert log.count('LEGACY_FORMAT removed') == 1 : 'the finding was printed more than once'
assert log.contains('errorspec: 1 incompatible change against baseline baseline/error-spec.yaml')
