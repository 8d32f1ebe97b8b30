// The invoker writes the three builds' output to one build.log, in order.
def log = new File(basedir, 'build.log').text
def installed = new File(localRepositoryPath, 'it/errorspec/compat-lib/1/compat-lib-1-error-spec.yaml')
assert installed.isFile() : 'version 1 was installed without its spec'
assert log.contains(installed.canonicalPath + ':13:19: breaking: LEGACY_FORMAT removed without being listed under \'retired\' (baseline 1)') : 'version 2 without retiring did not fail'
assert log.contains('v2-retired/error-spec.yaml:18:11: info: LEGACY_FORMAT retired in 2 (baseline 1)') : 'retiring was not recognized'
assert log.contains('errorspec: compatible with baseline 1 (1 info)') : 'version 2 with the code retired did not pass'
