#include "BackendSettings.h"

#include "sync/BackendClient.h"
#include "sync/BackendUrl.h"
#include "sync/CredentialStore.h"
#include "sync/Jobs.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
const QString kUrlKey = u"sync/backendUrl"_s;
} // namespace

BackendSettings::BackendSettings(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"backendSettings"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_url = new QLineEdit(savedBackendUrl(), this);
    m_url->setObjectName(u"backendUrlLineEdit"_s);
    m_url->setPlaceholderText(u"https://filing.example.com"_s);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    form->addRow(m_urlLabel, m_url);
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"backendTokenLineEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setBuddy(m_token);
    form->addRow(m_tokenLabel, m_token);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveBackendButton"_s);
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testConnectionButton"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(u"backendStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_test, &QPushButton::clicked, this, &BackendSettings::testConnection);
    connect(m_url, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_token, &QLineEdit::returnPressed, this, [this] { save(); });
    retranslateUi();
}

BackendSettings::~BackendSettings()
{
    if (m_ping)
        m_ping->abort();
}

QString BackendSettings::savedBackendUrl()
{
    return QSettings().value(kUrlKey).toString();
}

QString BackendSettings::statusText() const
{
    return m_status->text();
}

void BackendSettings::setStatus(const QString& text, Tone tone)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // Colour only repeats what the words say (docs/architecture.md "Conventions the code cites" 2).
    QPalette palette = this->palette();
    if (tone == Tone::Good)
        palette.setColor(QPalette::WindowText, QColor(0x1e, 0x7b, 0x34));
    else if (tone == Tone::Bad)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(palette);
    m_status->setAccessibleDescription(text);
}

QFuture<bool> BackendSettings::save()
{
    const int request = ++m_request;
    const Result<QUrl> url = sync::checkBackendUrl(m_url->text().trimmed());
    if (!url) {
        setStatus(url.error().message, Tone::Bad);
        m_url->setFocus(Qt::OtherFocusReason);
        return QtFuture::makeReadyFuture(false);
    }
    const QString address = url.value().toString();
    const bool addressChanged = address != savedBackendUrl();
    QSettings().setValue(kUrlKey, address);
    m_url->setText(address);

    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        m_token->clear();
        Q_EMIT configured(address, typed);
        return sync::CredentialStore(m_keychainTimeoutMs)
            .writeToken(url.value(), typed)
            .then(this, [this, request, typed](const Status& written) {
                // Where the token is now holds whatever was asked since; what the line
                // under the form says is the latest request's.
                m_keychainUnavailable = !written;
                m_tokenStored = written.ok();
                if (!written)
                    m_sessionToken = typed; // no plaintext fallback (issue 5 item 4): this run only
                else
                    m_sessionToken.clear();
                updateTokenPlaceholder();
                if (request != m_request)
                    return true;
                if (!written)
                    setStatus(written.error().message + u' ' +
                                  tr("The token is kept in memory until you quit the program."),
                              Tone::Bad);
                else
                    setStatus(tr("Saved. The token is stored in the system keychain."), Tone::Good);
                return true;
            });
    }
    if (addressChanged)
        m_sessionToken.clear();
    return currentToken(url.value()).then(this, [this, request, address](const Result<QString>& token) {
        if (request != m_request)
            return false;
        if (!token) {
            setStatus(tr("The address is saved. %1").arg(token.error().message), Tone::Bad);
            m_token->setFocus(Qt::OtherFocusReason);
            return false;
        }
        setStatus(tr("Saved."), Tone::Good);
        Q_EMIT configured(address, token.value());
        return true;
    });
}

QFuture<bool> BackendSettings::loadStoredConnection()
{
    const int request = ++m_request;
    const QString saved = savedBackendUrl();
    if (saved.isEmpty())
        return QtFuture::makeReadyFuture(false);
    const Result<QUrl> url = sync::checkBackendUrl(saved);
    if (!url) {
        setStatus(url.error().message, Tone::Bad);
        return QtFuture::makeReadyFuture(false);
    }
    const QString address = url.value().toString();
    return currentToken(url.value()).then(this, [this, request, address](const Result<QString>& token) {
        updateTokenPlaceholder();
        if (request != m_request)
            return false;
        if (!token) {
            setStatus(token.error().message, Tone::Bad);
            return false;
        }
        Q_EMIT configured(address, token.value());
        return true;
    });
}

QFuture<Result<QString>> BackendSettings::currentToken(const QUrl& url)
{
    if (!m_token->text().trimmed().isEmpty())
        return QtFuture::makeReadyFuture(Result<QString>(m_token->text().trimmed()));
    if (!m_sessionToken.isEmpty())
        return QtFuture::makeReadyFuture(Result<QString>(m_sessionToken));
    return sync::CredentialStore(m_keychainTimeoutMs)
        .readToken(url)
        .then(this, [this](const Result<std::optional<QString>>& stored) -> Result<QString> {
            if (!stored) {
                m_keychainUnavailable = true;
                m_tokenStored = false;
                return stored.error();
            }
            m_keychainUnavailable = false;
            m_tokenStored = stored.value().has_value();
            if (!stored.value()) {
                return Result<QString>::failure(
                    u"sync.no-token"_s,
                    tr("No token is stored for this backend yet: enter the token the access provider gave "
                       "you."),
                    u"token"_s);
            }
            return *stored.value();
        });
}

void BackendSettings::testConnection()
{
    if (m_testing)
        return;
    const Result<QUrl> url = sync::checkBackendUrl(m_url->text().trimmed());
    if (!url) {
        setStatus(url.error().message, Tone::Bad);
        Q_EMIT testFinished(false, url.error().message);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    currentToken(url.value()).then(this, [this, url = url.value()](const Result<QString>& token) {
        if (!token) {
            m_testing = false;
            m_test->setEnabled(true);
            setStatus(token.error().message, Tone::Bad);
            Q_EMIT testFinished(false, token.error().message);
            return;
        }
        startPing(url, token.value());
    });
}

void BackendSettings::startPing(const QUrl& url, const QString& token)
{
    m_client = std::make_unique<sync::BackendClient>(sync::BackendConfig{url, token, 15000});
    m_ping = new sync::PingJob(*m_client, this);
    setStatus(tr("Connecting to %1…").arg(url.host()), Tone::Neutral);
    const QString host = url.toString();
    connect(m_ping, &sync::ApiJob::finished, this, [this, host](sync::ApiJob* job) {
        m_test->setEnabled(true);
        const bool ok = job->ok();
        const QString message = ok ? tr("Connected: %1 answered and accepted the token.").arg(host)
                                   : tr("The connection failed: %1").arg(job->problem().message());
        setStatus(message, ok ? Tone::Good : Tone::Bad);
        m_ping = nullptr;
        m_testing = false;
        Q_EMIT testFinished(ok, message);
    });
    m_ping->start();
}

void BackendSettings::updateTokenPlaceholder()
{
    if (m_tokenStored)
        m_token->setPlaceholderText(tr("Stored in the keychain; type a new one to replace it"));
    else if (!m_sessionToken.isEmpty())
        m_token->setPlaceholderText(tr("Kept in memory for this run (no keychain)"));
    else
        m_token->setPlaceholderText(tr("The token the access provider gave you"));
}

void BackendSettings::retranslateUi()
{
    m_intro->setText(tr("Submitted applications are sent to the access provider's registration backend, "
                        "and their audit status comes back from it. The address must use HTTPS (plain "
                        "HTTP only on this computer). The token is stored in the system keychain, never "
                        "in the settings."));
    m_urlLabel->setText(tr("Backend &address:"));
    m_url->setAccessibleName(tr("Backend address"));
    m_url->setAccessibleDescription(
        tr("The web address of the registration backend, for example https://filing.example.com."));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setAccessibleName(tr("Backend token"));
    m_token->setAccessibleDescription(
        tr("The access token for the backend; it is hidden while typed and kept in the system keychain."));
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save backend connection"));
    m_save->setAccessibleDescription(tr("Stores the address in the settings and the token in the keychain."));
    m_test->setText(tr("&Test connection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAccessibleDescription(tr("Asks the backend whether the address and the token work."));
    updateTokenPlaceholder();
}

void BackendSettings::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace icp
