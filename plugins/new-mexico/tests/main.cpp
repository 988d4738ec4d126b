#define BOOST_TEST_MODULE New Mexico plugin
#include <boost/test/unit_test.hpp>
