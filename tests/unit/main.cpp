#define BOOST_TEST_MODULE ParityUnitTests
#include <boost/test/unit_test.hpp>
