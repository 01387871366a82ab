// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace mailwright::cli {

QString ParsedArgs::value(const QString &name, const QString &fallback) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd() || it->isEmpty())
        return fallback;
    return it->constLast();
}

bool ParsedArgs::parse(const QStringList &args, const std::vector<OptionSpec> &specs,
                       QString *error)
{
    auto findLong = [&specs](const QString &name) -> const OptionSpec * {
        for (const OptionSpec &spec : specs) {
            if (spec.name == name)
                return &spec;
        }
        return nullptr;
    };
    auto findShort = [&specs](QChar c) -> const OptionSpec * {
        for (const OptionSpec &spec : specs) {
            if (!spec.shortName.isNull() && spec.shortName == c)
                return &spec;
        }
        return nullptr;
    };

    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const OptionSpec *spec = nullptr;
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
                hasInline = true;
            }
            spec = findLong(name);
            if (!spec) {
                *error = QCoreApplication::translate("cli", "unknown option --%1").arg(name);
                return false;
            }
        } else if (arg.size() == 2) {
            spec = findShort(arg.at(1));
            if (!spec) {
                *error = QCoreApplication::translate("cli", "unknown option %1").arg(arg);
                return false;
            }
        } else {
            *error = QCoreApplication::translate("cli", "unknown option %1").arg(arg);
            return false;
        }

        QString value;
        if (spec->takesValue) {
            if (hasInline) {
                value = inlineValue;
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                *error = QCoreApplication::translate("cli", "option --%1 needs a value")
                             .arg(spec->name);
                return false;
            }
        } else if (hasInline) {
            *error = QCoreApplication::translate("cli", "option --%1 takes no value")
                         .arg(spec->name);
            return false;
        }
        QStringList &slot = m_values[spec->name];
        if (!spec->repeatable && !slot.isEmpty() && spec->takesValue) {
            *error = QCoreApplication::translate("cli", "option --%1 given twice").arg(spec->name);
            return false;
        }
        slot << value;
    }
    return true;
}

std::vector<OptionSpec> globalOptions()
{
    // QT_TRANSLATE_NOOP puts the texts into the "cli" context for lupdate (a lambda named tr
    // would be filed under the enclosing namespace instead); translate() looks them up there.
    auto t = [](const char *text) { return QCoreApplication::translate("cli", text); };
    return {
        {QStringLiteral("json"), false, false, {},
         t(QT_TRANSLATE_NOOP("cli", "print the result as JSON")), {}},
        {QStringLiteral("timeout"), true, false, QStringLiteral("S"),
         t(QT_TRANSLATE_NOOP("cli", "give up after S seconds")), {}},
        {QStringLiteral("config-dir"), true, false, QStringLiteral("DIR"),
         t(QT_TRANSLATE_NOOP("cli", "use DIR for settings and data instead of the default "
                                    "location")), {}},
        {QStringLiteral("lang"), true, false, QStringLiteral("CODE"),
         t(QT_TRANSLATE_NOOP("cli", "use the language CODE (e.g. de, fr) instead of the "
                                    "system's")), {}},
        {QStringLiteral("verbose"), false, false, {},
         t(QT_TRANSLATE_NOOP("cli", "say more on stderr")), QLatin1Char('v')},
        {QStringLiteral("help"), false, false, {},
         t(QT_TRANSLATE_NOOP("cli", "show this help")), QLatin1Char('h')},
    };
}

void Context::printJson(const QJsonValue &value) const
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Context::out(const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Context::err(const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace mailwright::cli
