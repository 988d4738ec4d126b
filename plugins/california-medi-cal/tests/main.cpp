#define BOOST_TEST_MODULE california-medi-cal plugin
#include <boost/test/unit_test.hpp>
