#pragma once

#include "core/domain/Incident.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace sift {

class Project;

/// Every ACLED field of one incident, to confirm a draft or edit a recorded incident. Writes nothing itself:
/// the caller reads incident() and pushes the edit.
class IncidentDialog final : public QDialog
{
    Q_OBJECT

public:
    IncidentDialog(Project &project, const Incident &incident, QWidget *parent = nullptr);

    /// The incident as the fields now say. Actor ids are 0 for names that match no entity yet.
    Incident incident() const;
    /// Shows the dialog and waits; true when the analyst confirmed. In auto-accept mode (tests) it accepts at once.
    bool confirm();

    /// Tests: dialogs accept without showing, after beforeAccept (if any) has filled in fields.
    static void setAutoAccept(bool on, std::function<void(IncidentDialog &)> beforeAccept = {});

    void accept() override;

private:
    void buildUi();
    void load(const Incident &incident);
    void fillSubTypes();
    void addClaim(qint64 claimId);
    void addClaimFromEdit();
    QString validationError() const;

    Project &m_project;
    Incident m_original;

    QDateEdit *m_date = nullptr;
    QCheckBox *m_dateUnknown = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_subType = nullptr;
    QLineEdit *m_actor1 = nullptr;
    QLineEdit *m_actor2 = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_admin1 = nullptr;
    QLineEdit *m_admin2 = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QComboBox *m_geoPrecision = nullptr;
    QSpinBox *m_fatalities = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_claims = nullptr;
    QLineEdit *m_claimToAdd = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sift
