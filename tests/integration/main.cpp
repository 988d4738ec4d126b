#define BOOST_TEST_MODULE ParityIntegrationTests
#include <boost/test/unit_test.hpp>
