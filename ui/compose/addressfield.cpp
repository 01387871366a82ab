// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressfield.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QStringListModel>
#include <QStyle>

namespace mailwright {

namespace {

/// Position just after the last separator before the cursor: the token being typed starts here.
qsizetype tokenStart(const QString &text, qsizetype cursor)
{
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < cursor && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u',' || c == u';'))
            start = i + 1;
    }
    return start;
}

} // namespace

AddressField::AddressField(QWidget *parent)
    : QLineEdit(parent)
{
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains); // "ali" finds "Alice <a@x>" and "x <ali@y>"
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AddressField::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &AddressField::updateCompletionPrefix);

    m_warning =
        addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_warning->setVisible(false);

    // Marking while the user types the last address would flag every half-typed address:
    // check when they leave the field, and re-check live once a mark is shown so it goes away
    // as soon as the text is fixed.
    connect(this, &QLineEdit::editingFinished, this, &AddressField::validate);
    connect(this, &QLineEdit::textChanged, this, [this]() {
        if (m_marked)
            validate();
    });
}

void AddressField::setCompletions(const QStringList &completions)
{
    m_model->setStringList(completions);
}

void AddressField::setCompletionProvider(std::function<QStringList(const QString &prefix)> provider)
{
    m_provider = std::move(provider);
}

QString AddressField::describe(const QList<AddressProblem> &problems)
{
    QStringList lines;
    for (const AddressProblem &p : problems)
        lines.append(tr("“%1” — %2").arg(p.input, p.reason));
    return lines.join(u'\n');
}

ParseResult AddressField::validate()
{
    ParseResult r = result();
    setMarked(!r.isValid(), describe(r.problems));
    return r;
}

void AddressField::setMarked(bool marked, const QString &tooltip)
{
    m_warning->setVisible(marked);
    m_warning->setToolTip(tooltip);
    setToolTip(tooltip);
    // A dynamic property lets a style sheet or the accessibility layer see the state without
    // the widget choosing a colour itself.
    setProperty("invalid", marked);
    if (marked != m_marked) {
        m_marked = marked;
        Q_EMIT validityChanged(!marked);
    }
}

void AddressField::updateCompletionPrefix()
{
    const QString t = text();
    const qsizetype start = tokenStart(t, cursorPosition());
    const QString prefix = t.mid(start, cursorPosition() - start).trimmed();
    if (prefix.size() < 1) {
        m_completer->popup()->hide();
        return;
    }
    if (m_provider)
        m_model->setStringList(m_provider(prefix));
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void AddressField::insertCompletion(const QString &completion)
{
    const QString t = text();
    const qsizetype start = tokenStart(t, cursorPosition());
    qsizetype end = t.indexOf(u',', cursorPosition());
    if (end < 0)
        end = t.size();
    QString before = t.left(start);
    if (!before.isEmpty() && !before.endsWith(u' '))
        before += u' ';
    const QString inserted = completion + QStringLiteral(", ");
    setText(before + inserted + t.mid(end).trimmed());
    setCursorPosition(int(before.size() + inserted.size()));
}

} // namespace mailwright
