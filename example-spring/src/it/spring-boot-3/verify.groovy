// The example's tests ran on Spring Boot 3.5, all of them, and passed.
def reports = new File(basedir, 'target/surefire-reports')
def expected = ['com.example.api.SpringErrorsTest': 20, 'com.example.other.EnableApiErrorsTest': 1,
    'com.example.demo.DemoApplicationTest': 1, 'com.example.other.AutoConfigurationExcludedTest': 1,
    'com.example.other.AutoConfigurationAndAnnotationTest': 1, 'com.example.api.ContainerErrorsTest': 8,
    'com.example.api.ContainerErrorsWithStackTracesTest': 8, 'com.example.problem.ProblemErrorsTest': 28]
expected.each { name, count ->
  def report = new File(reports, "TEST-${name}.xml")
  assert report.isFile() : "no test report ${report}"
  def suite = new groovy.xml.XmlSlurper().parse(report)
  assert suite.@tests.toInteger() == count : "${name}: ${suite.@tests} tests, expected ${count}"
  assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
}
def log = new File(basedir, 'build.log').text
assert log.contains(':: Spring Boot ::                (v3.5.') : 'the tests did not start Spring Boot 3.5'
