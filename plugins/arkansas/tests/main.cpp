#define BOOST_TEST_MODULE ArkansasPluginTests
#include <boost/test/unit_test.hpp>
