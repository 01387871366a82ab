// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mime/emailaddress.h"

#include <QLineEdit>

#include <functional>

class QAction;
class QCompleter;
class QStringListModel;

namespace mailwright {

/// A To/Cc/Bcc line: completes the address being typed (the token after the last separator)
/// from a list of known addresses, and validates the whole list with AddressParser. A field
/// with a bad address shows a warning icon whose tooltip says which and why; colours come from
/// the style and palette only.
///
/// Thread: GUI. Owner: its parent widget (the composer).
class AddressField : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressField(QWidget *parent = nullptr);

    void setCompletions(const QStringList &completions);
    /// Asked for the candidates of each token as it is typed (they replace the fixed list):
    /// lets the list come from a larger source, such as the addresses of the message cache.
    void setCompletionProvider(std::function<QStringList(const QString &prefix)> provider);
    /// Parses the current text; updates the mark unless \a markOnlyComplete and the user is
    /// still typing the last token.
    ParseResult validate();
    ParseResult result() const { return AddressParser::parseList(text()); }
    bool isMarkedInvalid() const { return m_marked; }
    /// The problems as text, one line each: "“x@” — reason".
    static QString describe(const QList<AddressProblem> &problems);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void insertCompletion(const QString &completion);
    void updateCompletionPrefix();
    void setMarked(bool marked, const QString &tooltip);

    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    std::function<QStringList(const QString &)> m_provider;
    QAction *m_warning = nullptr;
    bool m_marked = false;
};

} // namespace mailwright
