def spec = new File(basedir, 'error-spec.yaml')
def schema = new File(basedir, 'error-spec.schema.json')
def log = new File(basedir, 'build.log').text
assert spec.text.startsWith('# yaml-language-server: $schema=./error-spec.schema.json\n') : 'the starter does not point editors at the schema'
assert schema.text.contains('"title": "errorspec catalog, format v1"') : 'no schema written'
assert log.contains('errorspec: ' + schema.canonicalPath + ': created') && log.contains('errorspec: ' + spec.canonicalPath + ': created')
assert new File(basedir, 'target/generated-sources/errorspec/com/example/api/errors/ErrorCode.java').isFile() : 'the starter does not generate'
