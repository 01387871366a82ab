// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerwindow.h"

#include "addressfield.h"
#include "attachmentlist.h"

#include "compose/recipienthistory.h"
#include "settings/accountrepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mailwright {

namespace {

constexpr int AccountRole = Qt::UserRole + 1;
constexpr int AddressRole = Qt::UserRole + 2;
constexpr int autosaveDelayMs = 2000;

/// RFC 3676 §4.3: the signature separator is "-- " on a line of its own.
const QString separator = QStringLiteral("-- ");

QString signatureBlock(const QString &signature)
{
    return signature.isEmpty() ? QString() : separator + u'\n' + signature;
}

} // namespace

ComposerWindow::ComposerWindow(AccountRepository *accounts, DraftStore *drafts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_drafts(drafts)
{
    setObjectName(QStringLiteral("ComposerWindow"));
    setWindowTitle(tr("New Message"));
    setAcceptDrops(true);
    buildUi();
    buildActions();
    fillIdentities();

    m_countdown = new QTimer(this);
    m_countdown->setInterval(200);
    connect(m_countdown, &QTimer::timeout, this, &ComposerWindow::tick);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this]() {
        if (m_modified && !m_submitted)
            saveDraft();
    });
    identityChanged();
    m_modified = false;
    resize(760, 620);
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_problem = new QLabel(central);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setBackgroundRole(QPalette::ToolTipBase); // palette roles only: light and dark
    m_problem->setForegroundRole(QPalette::ToolTipText);
    m_problem->setAutoFillBackground(true);
    m_problem->setMargin(6);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_countdownBar = new QWidget(central);
    m_countdownBar->setObjectName(QStringLiteral("countdownBar"));
    m_countdownBar->setBackgroundRole(QPalette::AlternateBase);
    m_countdownBar->setAutoFillBackground(true);
    auto *countdownLayout = new QHBoxLayout(m_countdownBar);
    m_countdownLabel = new QLabel(m_countdownBar);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_undoButton = new QPushButton(tr("&Undo"), m_countdownBar);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    auto *sendNowButton = new QPushButton(tr("Send &now"), m_countdownBar);
    sendNowButton->setObjectName(QStringLiteral("sendNowButton"));
    countdownLayout->addWidget(m_countdownLabel, 1);
    countdownLayout->addWidget(m_undoButton);
    countdownLayout->addWidget(sendNowButton);
    connect(m_undoButton, &QPushButton::clicked, this, &ComposerWindow::undoSend);
    connect(sendNowButton, &QPushButton::clicked, this, &ComposerWindow::sendNow);
    m_countdownBar->hide();
    layout->addWidget(m_countdownBar);

    auto *form = new QFormLayout;
    m_from = new QComboBox(central);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_to = new AddressField(central);
    m_to->setObjectName(QStringLiteral("toField"));
    m_cc = new AddressField(central);
    m_cc->setObjectName(QStringLiteral("ccField"));
    m_bcc = new AddressField(central);
    m_bcc->setObjectName(QStringLiteral("bccField"));
    m_subject = new QLineEdit(central);
    m_subject->setObjectName(QStringLiteral("subjectField"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("S&ubject:"), m_subject);
    layout->addLayout(form);

    m_editor = new QTextEdit(central);
    m_editor->setObjectName(QStringLiteral("bodyEditor"));
    m_editor->setAcceptRichText(false);
    m_editor->setTabChangesFocus(false);
    layout->addWidget(m_editor, 1);

    m_attachments = new AttachmentList(central);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setMaximumHeight(80);
    m_attachments->hide();
    layout->addWidget(m_attachments);

    m_sizeWarning = new QLabel(central);
    m_sizeWarning->setObjectName(QStringLiteral("sizeWarning"));
    m_sizeWarning->setWordWrap(true);
    m_sizeWarning->setFrameShape(QFrame::StyledPanel);
    m_sizeWarning->setBackgroundRole(QPalette::ToolTipBase);
    m_sizeWarning->setForegroundRole(QPalette::ToolTipText);
    m_sizeWarning->setAutoFillBackground(true);
    m_sizeWarning->setMargin(6);
    m_sizeWarning->hide();
    layout->addWidget(m_sizeWarning);
    setCentralWidget(central);

    m_sizeInfo = new QLabel(this);
    m_sizeInfo->setObjectName(QStringLiteral("sizeInfo"));
    statusBar()->addPermanentWidget(m_sizeInfo);

    for (AddressField *f : {m_to, m_cc, m_bcc})
        connect(f, &QLineEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString &s) {
        setWindowTitle(s.trimmed().isEmpty() ? tr("New Message") : s);
    });
    connect(m_editor, &QTextEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_editor, &QTextEdit::textChanged, this, &ComposerWindow::updateSizeInfo);
    connect(m_attachments, &AttachmentList::filesChanged, this, [this]() {
        m_attachments->setVisible(m_attachments->count() > 0);
        updateSizeInfo();
        markModified();
    });
    connect(m_from, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ComposerWindow::identityChanged);
}

void ComposerWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Message"));
    bar->setObjectName(QStringLiteral("composerToolBar"));
    m_sendAction = bar->addAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("&Send"), this,
                                  &ComposerWindow::send);
    m_sendAction->setObjectName(QStringLiteral("actionSend"));
    m_sendAction->setToolTip(tr("Send (Ctrl+Enter)"));
    // Ctrl+Return and Ctrl+Enter (keypad) both send; a window-wide shortcut so it works from
    // any field, the editor included.
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);

    QAction *attach = bar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&Attach…"),
                                     this, &ComposerWindow::attachFiles);
    attach->setObjectName(QStringLiteral("actionAttach"));
    QAction *save = bar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                   tr("Save &Draft"), this, [this]() { saveDraft(); });
    save->setObjectName(QStringLiteral("actionSaveDraft"));
    save->setShortcut(QKeySequence::Save);
    QAction *discardAction = bar->addAction(style()->standardIcon(QStyle::SP_TrashIcon),
                                            tr("D&iscard"), this, &ComposerWindow::discard);
    discardAction->setObjectName(QStringLiteral("actionDiscard"));
    m_richAction = bar->addAction(tr("&Rich Text"));
    m_richAction->setObjectName(QStringLiteral("actionRichText"));
    m_richAction->setCheckable(true);
    connect(m_richAction, &QAction::toggled, this, &ComposerWindow::setRichText);

    m_formatBar = addToolBar(tr("Format"));
    m_formatBar->setObjectName(QStringLiteral("formatToolBar"));
    const auto addFormat = [this](const QString &text, const QKeySequence &key,
                                  const std::function<void(QTextCharFormat *, bool)> &apply) {
        QAction *a = m_formatBar->addAction(text);
        a->setCheckable(true);
        a->setShortcut(key);
        connect(a, &QAction::toggled, this, [this, apply](bool on) {
            QTextCharFormat format;
            apply(&format, on);
            m_editor->mergeCurrentCharFormat(format);
        });
    };
    addFormat(tr("Bold"), QKeySequence::Bold, [](QTextCharFormat *f, bool on) {
        f->setFontWeight(on ? QFont::Bold : QFont::Normal);
    });
    addFormat(tr("Italic"), QKeySequence::Italic,
              [](QTextCharFormat *f, bool on) { f->setFontItalic(on); });
    addFormat(tr("Underline"), QKeySequence::Underline,
              [](QTextCharFormat *f, bool on) { f->setFontUnderline(on); });
    m_formatBar->hide();
}

void ComposerWindow::fillIdentities()
{
    m_from->clear();
    if (!m_accounts)
        return;
    for (const Account &a : m_accounts->accounts()) {
        for (const Identity &id : a.identities) {
            const Mailbox box{id.displayName, id.address};
            m_from->addItem(tr("%1 — %2").arg(box.toDisplayString(), a.name));
            m_from->setItemData(m_from->count() - 1, a.name, AccountRole);
            m_from->setItemData(m_from->count() - 1, id.address, AddressRole);
        }
    }
}

bool ComposerWindow::selectIdentity(const QString &account, const QString &address)
{
    for (int i = 0; i < m_from->count(); ++i) {
        if (m_from->itemData(i, AccountRole).toString() != account)
            continue;
        if (!address.isEmpty() &&
            m_from->itemData(i, AddressRole).toString().compare(address, Qt::CaseInsensitive) != 0)
            continue;
        m_from->setCurrentIndex(i);
        return true;
    }
    return false;
}

QString ComposerWindow::currentAccount() const
{
    return m_from->currentData(AccountRole).toString();
}

std::optional<Account> ComposerWindow::currentAccountValue() const
{
    return m_accounts ? m_accounts->account(currentAccount()) : std::nullopt;
}

QString ComposerWindow::currentSignature() const
{
    const std::optional<Account> a = currentAccountValue();
    if (!a)
        return QString();
    const QString address = m_from->currentData(AddressRole).toString();
    for (const Identity &id : a->identities) {
        if (id.address == address)
            return id.signature.trimmed();
    }
    return QString();
}

void ComposerWindow::identityChanged()
{
    const QString next = currentSignature();
    if (next != m_signature)
        replaceSignature(m_signature, next);
    m_signature = next;
    updateSizeInfo();
}

void ComposerWindow::replaceSignature(const QString &oldSignature, const QString &newSignature)
{
    QTextDocument *doc = m_editor->document();
    QTextCursor cursor(doc);
    const bool wasModified = m_modified;
    // The old signature is the last "-- " block followed by exactly the old text: anything else
    // (the user edited it, or a quoted signature) is left alone and the new one goes at the end.
    if (!oldSignature.isEmpty()) {
        for (QTextBlock b = doc->lastBlock(); b.isValid(); b = b.previous()) {
            if (b.text() != separator)
                continue;
            QTextCursor sel(doc);
            sel.setPosition(b.position());
            sel.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            const QString found = sel.selectedText().replace(QChar::ParagraphSeparator, u'\n');
            if (found.trimmed() == signatureBlock(oldSignature).trimmed()) {
                sel.insertText(signatureBlock(newSignature));
                if (newSignature.isEmpty()) {
                    // Remove the empty line left before the separator.
                    sel.movePosition(QTextCursor::End);
                    sel.deletePreviousChar();
                }
                m_modified = wasModified;
                return;
            }
            break;
        }
    }
    if (newSignature.isEmpty())
        return;
    cursor.movePosition(QTextCursor::End);
    const QString text = doc->toPlainText();
    QString prefix = text.isEmpty() ? QStringLiteral("\n\n") : QStringLiteral("\n");
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        prefix = QStringLiteral("\n\n");
    QTextCharFormat plain;
    cursor.insertText(prefix + signatureBlock(newSignature), plain);
    m_modified = wasModified;
}

void ComposerWindow::setCompletions(const QStringList &completions)
{
    for (AddressField *f : {m_to, m_cc, m_bcc})
        f->setCompletions(completions);
}

void ComposerWindow::setCompletionProvider(
    const std::function<QStringList(const QString &)> &provider)
{
    for (AddressField *f : {m_to, m_cc, m_bcc})
        f->setCompletionProvider(provider);
}

void ComposerWindow::setUndoDelaySeconds(int seconds)
{
    m_undoDelay = qBound(0, seconds, 30);
}

void ComposerWindow::setTo(const QString &text)
{
    m_to->setText(text);
}
void ComposerWindow::setCc(const QString &text)
{
    m_cc->setText(text);
}
void ComposerWindow::setBcc(const QString &text)
{
    m_bcc->setText(text);
}
void ComposerWindow::setSubject(const QString &text)
{
    m_subject->setText(text);
}

void ComposerWindow::setBody(const QString &text, int cursorPosition)
{
    m_editor->setPlainText(text);
    m_signature.clear();
    identityChanged();
    QTextCursor c = m_editor->textCursor();
    c.setPosition(cursorPosition < 0 ? 0 : qMin(cursorPosition, int(text.size())));
    m_editor->setTextCursor(c);
}

QString ComposerWindow::bodyText() const
{
    return m_editor->toPlainText();
}

QStringList ComposerWindow::addAttachments(const QStringList &paths)
{
    const QStringList refused = m_attachments->addFiles(paths);
    if (!refused.isEmpty())
        showProblem(tr("These files cannot be attached (missing, a folder, or not readable):\n%1")
                        .arg(refused.join(u'\n')));
    return refused;
}

void ComposerWindow::applyReplySeed(const QString &account, const ReplySeed &seed)
{
    selectIdentity(account);
    setTo(addressFieldText(seed.draft.to));
    setCc(addressFieldText(seed.draft.cc));
    setSubject(seed.draft.subject);
    m_inReplyTo = seed.draft.inReplyTo;
    m_references = seed.draft.references;
    setBody(seed.draft.textBody, seed.cursorPosition);
    QStringList files;
    for (const DraftAttachment &a : seed.draft.attachments)
        files.append(a.filePath);
    if (!files.isEmpty())
        addAttachments(files);
}

void ComposerWindow::applyMailto(const MailtoRequest &request)
{
    setTo(request.to.join(QStringLiteral(", ")));
    setCc(request.cc.join(QStringLiteral(", ")));
    setBcc(request.bcc.join(QStringLiteral(", ")));
    setSubject(request.subject);
    m_inReplyTo = request.inReplyTo;
    if (!request.inReplyTo.isEmpty())
        m_references = {request.inReplyTo};
    setBody(request.body);
    for (AddressField *f : {m_to, m_cc, m_bcc})
        f->validate();
    if (!request.ignoredFields.isEmpty())
        statusBar()->showMessage(
            tr("Ignored from the link: %1").arg(request.ignoredFields.join(QStringLiteral(", "))));
}

void ComposerWindow::loadDraft(const StoredDraft &draft)
{
    if (!selectIdentity(draft.account, draft.identityAddress))
        selectIdentity(draft.account);
    m_draftId = draft.id;
    setTo(draft.to);
    setCc(draft.cc);
    setBcc(draft.bcc);
    setSubject(draft.subject);
    m_inReplyTo = draft.inReplyTo;
    m_references = draft.references;
    if (!draft.htmlBody.isEmpty()) {
        m_richAction->setChecked(true);
        m_editor->setHtml(draft.htmlBody);
    } else {
        m_editor->setPlainText(draft.textBody);
    }
    // The draft already holds its signature.
    m_signature = currentSignature();
    m_attachments->clear();
    addAttachments(draft.attachments);
    m_modified = false;
}

StoredDraft ComposerWindow::typedDraft() const
{
    StoredDraft d;
    d.id = m_draftId;
    d.account = currentAccount();
    d.identityAddress = m_from->currentData(AddressRole).toString();
    d.to = m_to->text();
    d.cc = m_cc->text();
    d.bcc = m_bcc->text();
    d.subject = m_subject->text();
    d.textBody = m_editor->toPlainText();
    if (m_richAction->isChecked())
        d.htmlBody = m_editor->toHtml();
    d.attachments = m_attachments->files();
    d.inReplyTo = m_inReplyTo;
    d.references = m_references;
    return d;
}

} // namespace mailwright
