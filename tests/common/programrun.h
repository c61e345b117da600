// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace sharaka::test {

/// How one run of the built program ended. exitCode is -1 when the run was
/// stopped at its time limit (a hang) and -2 when it crashed.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawErr; ///< stderr as bytes, for checks on control characters

    bool timedOut() const { return exitCode == -1; }
    bool crashed() const { return exitCode == -2; }
};

/// A private runtime folder for the runs of this test: Qt warns on stderr
/// without one, and tests compare stderr exactly.
inline QString runtimeFolder()
{
    static QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir.path();
}

/// The environment of a terminal with no display at all: no X11, no Wayland
/// and no Qt platform chosen. Every mode but the window must work in it.
inline QProcessEnvironment noDisplayEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeFolder());
    return env;
}

/// The environment of the window tests: the offscreen platform.
inline QProcessEnvironment offscreenEnvironment()
{
    QProcessEnvironment env = noDisplayEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/// Runs @p program (the built dashboard or a tool such as pdftotext) with
/// @p arguments in @p environment and waits at most @p timeoutMs; a run that
/// takes longer is killed and reported as timed out, so a hang fails the test
/// instead of blocking it. With @p memoryLimitMiB, a run that needs more
/// memory ends (as a crash) instead of taking the machine's memory from
/// everything else on it. The one way the tests start a process.
inline ProgramRun runCommand(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment = noDisplayEnvironment(),
                             const QString &workingFolder = QString(), int timeoutMs = 120000,
                             int memoryLimitMiB = 0)
{
    QProcess process;
    QProcessEnvironment env = environment;
    if (memoryLimitMiB > 0) {
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            // AddressSanitizer reserves terabytes of address space, so it
            // watches the resident size itself.
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       asan + QStringLiteral(":hard_rss_limit_mb=%1").arg(memoryLimitMiB));
        } else {
            process.setChildProcessModifier([memoryLimitMiB] {
                const rlim_t bytes = rlim_t(memoryLimitMiB) * 1024 * 1024;
                const rlimit limit{bytes, bytes};
                setrlimit(RLIMIT_AS, &limit);
            });
        }
    }
    process.setProcessEnvironment(env);
    if (!workingFolder.isEmpty())
        process.setWorkingDirectory(workingFolder);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(10000);
        return {};
    }
    ProgramRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.rawErr = process.readAllStandardError();
    run.err = QString::fromUtf8(run.rawErr);
    return run;
}

/// runCommand() on the built program.
inline ProgramRun runProgram(const QStringList &arguments,
                             const QProcessEnvironment &environment = noDisplayEnvironment(),
                             const QString &workingFolder = QString(), int timeoutMs = 120000,
                             int memoryLimitMiB = 0)
{
    return runCommand(QStringLiteral(SHARAKA_APP_BINARY), arguments, environment, workingFolder,
                      timeoutMs, memoryLimitMiB);
}

} // namespace sharaka::test
