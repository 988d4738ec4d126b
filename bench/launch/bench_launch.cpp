// Launch time: from starting the process to its main window shown, for Parity with the
// three in-tree plugins and a database, against a bare wxFrame program on the same display.
// Each iteration is a real process start (fork + exec + wait), so dynamic linking, plugin
// loading, form compilation, opening the database and building every page are all in it.
// bench/run_gui_benchmarks.sh prints the ratio (target <= 1.5).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

/// Runs `program` with `arguments` and waits; false if it did not exit with status 0.
bool run(const std::string& program, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), program);
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void launch(benchmark::State& state, const std::string& program, const std::vector<std::string>& arguments) {
    for (auto _ : state) {
        if (!run(program, arguments)) {
            state.SkipWithError((program + " did not start and exit cleanly (is DISPLAY set?)").c_str());
            return;
        }
    }
}

void BM_LaunchBareFrame(benchmark::State& state) {
    launch(state, PARITY_BENCH_BARE_FRAME, {});
}

void BM_LaunchParity(benchmark::State& state) {
    // A scratch database that exists after the first run, as an agency's does.
    const fs::path database = fs::temp_directory_path() / "parity-bench-launch.db";
    launch(state, PARITY_BENCH_PARITY_LAUNCH, {"--db", database.string()});
}

} // namespace

BENCHMARK(BM_LaunchBareFrame)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(BM_LaunchParity)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

BENCHMARK_MAIN();
