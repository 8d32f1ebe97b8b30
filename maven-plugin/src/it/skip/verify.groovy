// The invoker writes the three builds' output to one build.log, in order.
def log = new File(basedir, 'build.log').text
def count = { text -> log.count(text) }
assert count('errorspec: skipped (errorspec.skip)') == 2 : 'errorspec.skip did not skip both goals'
assert count('errorspec: skipped (errorspec.check.skip)') == 1 : 'errorspec.check.skip did not skip check'
assert count('errorspec: skipped (errorspec.generate.skip)') == 0 : 'generate was skipped with check'
assert new File(basedir, 'target/classes/com/example/it/ErrorCode.class').isFile() : 'generate did not run beside a skipped check'
def page = new File(basedir, 'docs/error-codes.md').canonicalPath
assert log.contains(page + ':7: expected') : 'the page is not stale: skipping check proved nothing'
