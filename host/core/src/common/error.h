// The one error hierarchy of parity_core. Inside core, failures are typed exceptions;
// at the edges (CLI, GUI, plugin boundary) they become messages and exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace parity {

/// Base of every error parity_core throws. what() is a message a person can act on.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The thing checked failed: invalid answers, a broken chain, lint errors (CLI exit 1).
class CheckFailed : public Error {
public:
    using Error::Error;
};

/// The caller asked for something that does not make sense (CLI exit 2).
class UsageError : public Error {
public:
    using Error::Error;
};

/// The machine cannot do it: database cannot be opened, no plugin for a form (CLI exit 3).
class EnvironmentError : public Error {
public:
    using Error::Error;
};

} // namespace parity
