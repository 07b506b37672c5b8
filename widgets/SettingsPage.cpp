#include "SettingsPage.h"

#include "BackendSettings.h"
#include "core/Language.h"
#include "registry/ObligationLadderSettings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

SettingsPage::SettingsPage(const QString& databaseLocation, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"settingsPage"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    // A settings form reads best in a column of readable width, not stretched over 1400 pixels.
    content->setMaximumWidth(760);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);
    scroll->setWidget(content);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_languageGroup = new QGroupBox(content);
    auto* languageForm = new QFormLayout(m_languageGroup);
    m_language = new QComboBox(m_languageGroup);
    m_language->setObjectName(u"languageComboBox"_s);
    // Language names are written in their own language, never translated.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_languageLabel = new QLabel(m_languageGroup);
    m_languageLabel->setBuddy(m_language);
    languageForm->addRow(m_languageLabel, m_language);
    m_languageHint = new QLabel(m_languageGroup);
    m_languageHint->setWordWrap(true);
    languageForm->addRow(m_languageHint);
    layout->addWidget(m_languageGroup);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageRequested(m_language->itemData(index).toString()); });

    m_databaseGroup = new QGroupBox(content);
    auto* databaseForm = new QFormLayout(m_databaseGroup);
    m_database = new QLineEdit(databaseLocation, m_databaseGroup);
    m_database->setObjectName(u"databaseLocationLineEdit"_s);
    m_database->setReadOnly(true);
    m_database->setCursorPosition(0);
    m_databaseLabel = new QLabel(m_databaseGroup);
    m_databaseLabel->setBuddy(m_database);
    databaseForm->addRow(m_databaseLabel, m_database);
    m_databaseHint = new QLabel(m_databaseGroup);
    m_databaseHint->setWordWrap(true);
    databaseForm->addRow(m_databaseHint);
    layout->addWidget(m_databaseGroup);

    m_backendGroup = new QGroupBox(content);
    m_backendGroup->setObjectName(u"backendGroup"_s);
    auto* backendLayout = new QVBoxLayout(m_backendGroup);
    m_backend = new BackendSettings(m_backendGroup);
    backendLayout->addWidget(m_backend);
    layout->addWidget(m_backendGroup);

    m_obligationsGroup = new QGroupBox(content);
    m_obligationsGroup->setObjectName(u"obligationsGroup"_s);
    auto* obligationsLayout = new QVBoxLayout(m_obligationsGroup);
    m_ladders = new ObligationLadderSettings(m_obligationsGroup);
    obligationsLayout->addWidget(m_ladders);
    layout->addWidget(m_obligationsGroup);

    m_sections = new QVBoxLayout;
    m_sections->setSpacing(16);
    layout->addLayout(m_sections);
    layout->addStretch();

    retranslateUi();
    syncLanguage();
}

QGroupBox* SettingsPage::addSection(QWidget* content)
{
    auto* group = new QGroupBox(this);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(content);
    m_sections->addWidget(group);
    return group;
}

void SettingsPage::syncLanguage()
{
    const int index = m_language->findData(currentLanguage());
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setAccessibleDescription(
        tr("The language of menus, forms and messages; dates and numbers follow it too."));
    m_languageHint->setText(tr("The change applies at once, also to an application open in the wizard, "
                               "and is remembered for the next start."));
    m_databaseGroup->setTitle(tr("Database"));
    m_databaseLabel->setText(tr("&Location:"));
    m_database->setAccessibleName(tr("Database location"));
    m_database->setAccessibleDescription(tr("Where the applications and licences are stored."));
    m_databaseHint->setText(tr("Choose another database when starting the program: icp-assistant --db PATH, "
                               "or set the environment variable ICP_DB."));
    m_backendGroup->setTitle(tr("Registration backend"));
    m_obligationsGroup->setTitle(tr("Obligations"));
    m_ladders->retranslate();
    syncLanguage();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace icp
