def log = new File(basedir, 'build.log').text
def npm = new File(basedir, 'clients/npm')
def pypi = new File(basedir, 'clients/pypi')
def files = ['package.json', 'index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'].collect { new File(npm, it) } +
    ['pyproject.toml', 'it_api_errors/__init__.py', 'it_api_errors/py.typed'].collect { new File(pypi, it) }
files.each { assert log.contains('errorspec: ' + it.canonicalPath + ': created') : 'sync did not create ' + it }
assert new File(npm, 'package.json').text.contains('"name": "it-api-errors",\n  "version": "2.1.0-SNAPSHOT",')
assert new File(pypi, 'pyproject.toml').text.contains('name = "it-api-errors"\nversion = "2.1.0.dev0"\n')
assert log.contains('up to date: ' + files*.canonicalPath.join(', ')) : 'check did not verify every file of both packages'
