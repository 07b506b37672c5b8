#include "registry/ObligationLadderSettings.h"

#include "registry/LadderSettings.h"
#include "wizard/FieldRow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

ObligationLadderSettings::ObligationLadderSettings(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"obligationLadderSettings"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto* form = new QFormLayout;
    for (const ObligationKind kind : ladder_settings::kinds()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(u"ladder-"_s + toKey(kind));
        auto* row = new FieldRow(edit, this);
        form->addRow(row->label(), row);
        const Line line{kind, edit, row};
        m_lines.append(line);
        connect(edit, &QLineEdit::textEdited, this, [this, line] { check(line, false); });
        connect(edit, &QLineEdit::editingFinished, this, [this, line] { check(line, true); });
    }
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setObjectName(u"restoreLaddersButton"_s);
    buttons->addStretch();
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        QSettings settings;
        ladder_settings::restoreDefaults(settings);
        reload();
        Q_EMIT laddersChanged();
    });
    retranslate();
    reload();
}

QLineEdit* ObligationLadderSettings::edit(ObligationKind kind) const
{
    for (const Line& line : m_lines) {
        if (line.kind == kind)
            return line.edit;
    }
    return nullptr;
}

FieldRow* ObligationLadderSettings::row(ObligationKind kind) const
{
    for (const Line& line : m_lines) {
        if (line.kind == kind)
            return line.row;
    }
    return nullptr;
}

void ObligationLadderSettings::reload()
{
    const QSettings settings;
    for (const Line& line : m_lines) {
        line.edit->setText(ladder_settings::format(ladder_settings::effective(settings, line.kind)));
        line.row->clearInstantState();
    }
}

void ObligationLadderSettings::check(const Line& line, bool storeWhenValid)
{
    const auto days = ladder_settings::parse(line.kind, line.edit->text());
    if (!days) {
        line.row->setInstantState(false, days.error().message);
        return;
    }
    line.row->clearInstantState();
    if (!storeWhenValid)
        return;
    QSettings settings;
    if (ladder_settings::effective(settings, line.kind) == days.value())
        return;
    ladder_settings::store(settings, line.kind, days.value());
    line.edit->setText(ladder_settings::format(days.value()));
    Q_EMIT laddersChanged();
}

void ObligationLadderSettings::retranslate()
{
    m_hint->setText(tr("When reminders come: the days before each kind of obligation falls due, largest "
                       "first, e.g. 90, 30, 7. The first stage makes it due soon. A licence renewal falls "
                       "due 90 days before expiry, so 90, 30, 0 remind 180, 120 and 90 days before the "
                       "licence expires."));
    for (const Line& line : m_lines) {
        line.row->setLabelText(tr("%1:").arg(displayName(line.kind)));
        line.edit->setAccessibleName(tr("Reminder days for %1").arg(displayName(line.kind)));
        line.row->setHint(
            tr("Default: %1").arg(ladder_settings::format(ladder_settings::defaults(line.kind))));
    }
    m_restore->setText(tr("Restore &defaults"));
}

} // namespace icp
