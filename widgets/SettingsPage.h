#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace icp {

class BackendSettings;
class ObligationLadderSettings;

// Settings: the interface language (switches live and is remembered in QSettings
// "ui/language"), where the database is, and sections later features add
// (addSection: the registration backend connection, the document scanner …) and the
// reminder ladders of the obligations.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString& databaseLocation, QWidget* parent = nullptr);

    // Adds a titled group below the built-in ones; the page owns `content`. The
    // caller retranslates the title through the returned group box.
    QGroupBox* addSection(QWidget* content);
    // The registration backend section (address, token, Test connection).
    BackendSettings* backendSettings() const { return m_backend; }
    // The reminder ladders per kind of obligation (QSettings "obligations/ladders").
    ObligationLadderSettings* obligationSettings() const { return m_ladders; }

Q_SIGNALS:
    // The user picked a language ("en", "zh_CN").
    void languageRequested(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void syncLanguage();

    QLabel* m_title = nullptr;
    QGroupBox* m_languageGroup = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageHint = nullptr;
    QGroupBox* m_databaseGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLineEdit* m_database = nullptr;
    QLabel* m_databaseHint = nullptr;
    QGroupBox* m_backendGroup = nullptr;
    BackendSettings* m_backend = nullptr;
    QGroupBox* m_obligationsGroup = nullptr;
    ObligationLadderSettings* m_ladders = nullptr;
    QVBoxLayout* m_sections = nullptr;
};

} // namespace icp
