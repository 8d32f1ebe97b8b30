assert !new File(basedir, 'target/generated-sources/errorspec').exists() : 'skip generated code'
assert new File(basedir, 'build.log').text.contains('errorspec: skipped')
