#pragma once

#include "core/Result.h"
#include "sync/Jobs.h"

#include <QFuture>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace icp {

// Settings page section "Registration backend" (issue 5 item 5): the backend address
// (QSettings "sync/backendUrl", HTTPS except loopback: sync/BackendUrl.h) and its token,
// which goes ONLY to the system keychain (sync::CredentialStore), never to the settings.
// Without a keychain the user is told so and the token is kept in memory for this run.
// Nothing blocks the window: the keychain answers asynchronously (save() and
// loadStoredConnection() return futures) and Test connection sends GET /v1/ping
// (sync::PingJob). When requests overlap, the answer to the latest one is shown.
class BackendSettings : public QWidget
{
    Q_OBJECT

public:
    explicit BackendSettings(QWidget* parent = nullptr);
    ~BackendSettings() override;

    // The saved address (settings), empty when none.
    static QString savedBackendUrl();
    // How long a keychain call may take before it counts as unavailable (tests shorten it).
    void setKeychainTimeout(int milliseconds) { m_keychainTimeoutMs = milliseconds; }

    // Save: checks the address and stores it in the settings. A typed token is used at
    // once (configured()) and stored in the keychain (or kept in memory when there is
    // none); else the keychain's token is read, then configured(). The future is true
    // once saved, false with the reason shown when refused.
    QFuture<bool> save();
    // At start: reads the token of the saved address from the keychain and emits
    // configured(); otherwise says what is missing. The future is false when not configured.
    QFuture<bool> loadStoredConnection();
    // Test connection (asynchronous): testFinished() when the answer is there.
    void testConnection();
    bool isTesting() const { return m_testing; }

    // The token to use for this run when the keychain is unavailable (empty otherwise).
    QString sessionToken() const { return m_sessionToken; }
    // The line under the form: what Save, the keychain or Test connection said.
    QString statusText() const;

Q_SIGNALS:
    // The connection to use from now on (token from the keychain or typed in this run).
    void configured(const QString& backendUrl, const QString& token);
    void testFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Tone { Neutral, Good, Bad };
    void retranslateUi();
    void setStatus(const QString& text, Tone tone);
    // The token to use: the typed one, this run's one, or the keychain's; an error that
    // says what is missing when there is none.
    QFuture<Result<QString>> currentToken(const QUrl& url);
    void startPing(const QUrl& url, const QString& token);
    void updateTokenPlaceholder();

    QLabel* m_intro = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_tokenLabel = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<sync::BackendClient> m_client;
    QPointer<sync::PingJob> m_ping;
    QString m_sessionToken;
    bool m_tokenStored = false;
    bool m_keychainUnavailable = false;
    bool m_testing = false;
    int m_request = 0; // save() and loadStoredConnection(): an older one's answer is not shown
    int m_keychainTimeoutMs = 10000;
};

} // namespace icp
