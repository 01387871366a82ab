// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace mailwright::cli {

/// sysexits(3) codes, as documented in docs/cli.md.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 64,
    ExitDataErr = 65,
    ExitNoInput = 66,
    ExitNoUser = 67,
    ExitUnavailable = 69,
    ExitSoftware = 70,
    ExitIoErr = 74,
    ExitTempFail = 75,
    ExitNoPerm = 77,
    ExitConfig = 78,
};

struct OptionSpec
{
    QString name;       ///< without the leading "--"
    bool takesValue = false;
    bool repeatable = false;
    QString valueName;  ///< for help
    QString help;
    QChar shortName;    ///< optional, e.g. 't'
};

/// Parsed command line of one subcommand. Options may come in any order after the subcommand
/// name, global ones included; "--" ends option parsing.
class ParsedArgs
{
public:
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positionals() const { return m_positionals; }

    bool parse(const QStringList &args, const std::vector<OptionSpec> &specs, QString *error);

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
};

/// Options every subcommand accepts.
std::vector<OptionSpec> globalOptions();

/// State shared by all subcommands: global options and output helpers.
struct Context
{
    ParsedArgs args;
    bool json = false;
    bool verbose = false;
    int timeoutSeconds = 0; ///< 0: the command's default
    QString configDir;      ///< empty: the platform default or MAILWRIGHT_CONFIG_DIR
    QString uiLanguage;     ///< language of the loaded Mailwright catalogue, empty if none

    void printJson(const QJsonValue &value) const;
    void out(const QString &text) const;  ///< a line on stdout
    void err(const QString &text) const;  ///< a line on stderr
};

} // namespace mailwright::cli
