#define BOOST_TEST_MODULE ParityFaultTests
#include <boost/test/unit_test.hpp>

#include "fault_support.h"

// Every process these tests start (and the tests themselves) keep their signing key,
// data and databases in a temporary folder: never the developer's own.
BOOST_TEST_GLOBAL_FIXTURE(IsolatedEnvironment);
