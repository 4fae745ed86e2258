#include "widgets/IncidentDialog.h"

#include "core/domain/PartialDate.h"
#include "core/project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace sift {

namespace {

bool g_autoAccept = false;
std::function<void(IncidentDialog &)> g_beforeAccept;

constexpr int kClaimIdRole = Qt::UserRole + 1;
constexpr int kArticleIdRole = Qt::UserRole + 2;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

/// "" for an empty field, else the number; nullopt when the text is not a number.
std::optional<std::optional<double>> readCoordinate(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    if (!ok)
        return std::nullopt;
    return std::optional<double>(value);
}

} // namespace

IncidentDialog::IncidentDialog(Project &project, const Incident &incident, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_original(incident)
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(incident.id ? tr("Edit Incident #%1").arg(incident.id) : tr("New Incident"));
    buildUi();
    load(incident);
}

void IncidentDialog::setAutoAccept(bool on, std::function<void(IncidentDialog &)> beforeAccept)
{
    g_autoAccept = on;
    g_beforeAccept = std::move(beforeAccept);
}

bool IncidentDialog::confirm()
{
    if (!g_autoAccept)
        return exec() == QDialog::Accepted;
    if (g_beforeAccept)
        g_beforeAccept(*this);
    accept();
    return result() == QDialog::Accepted;
}

void IncidentDialog::buildUi()
{
    auto lineEdit = [this](const QString &name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };

    // When and what.
    auto *what = new QFormLayout;
    auto *dateRow = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("incidentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("incidentPrecisionCombo"));
    m_precision->setToolTip(tr("How well the date is known; a week starts on Monday"));
    m_precision->addItem(tr("Day"), datePrecisionKey(DatePrecision::Day));
    m_precision->addItem(tr("Week"), datePrecisionKey(DatePrecision::Week));
    m_precision->addItem(tr("Month"), datePrecisionKey(DatePrecision::Month));
    m_precision->addItem(tr("Year"), datePrecisionKey(DatePrecision::Year));
    m_dateUnknown = new QCheckBox(tr("Unknown"), this);
    m_dateUnknown->setObjectName(QStringLiteral("incidentDateUnknownCheck"));
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_precision);
    dateRow->addWidget(m_dateUnknown);
    auto *dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    what->addRow(dateLabel, dateRow);
    connect(m_dateUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_date->setEnabled(!unknown);
        m_precision->setEnabled(!unknown);
    });

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("incidentTypeCombo"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->setToolTip(tr("An ACLED event type, or type a new one"));
    m_type->addItem(QString());
    m_type->addItems(m_project.vocabulary().eventTypes());
    m_subType = new QComboBox(this);
    m_subType->setObjectName(QStringLiteral("incidentSubTypeCombo"));
    m_subType->setEditable(true);
    m_subType->setInsertPolicy(QComboBox::NoInsert);
    what->addRow(tr("Event &type"), m_type);
    what->addRow(tr("S&ub-event type"), m_subType);
    connect(m_type, &QComboBox::currentTextChanged, this, &IncidentDialog::fillSubTypes);

    auto *completer = new QCompleter(m_project.entities().names(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_actor1 = lineEdit(QStringLiteral("incidentActor1Edit"), tr("Who acted (an entity; new names are added)"));
    m_actor1->setCompleter(completer);
    m_actor2 = lineEdit(QStringLiteral("incidentActor2Edit"), tr("Against whom, if anyone"));
    m_actor2->setCompleter(completer);
    what->addRow(tr("Actor &1"), m_actor1);
    what->addRow(tr("Actor &2"), m_actor2);

    m_fatalities = new QSpinBox(this);
    m_fatalities->setObjectName(QStringLiteral("incidentFatalitiesSpin"));
    m_fatalities->setRange(-1, 1000000);
    m_fatalities->setSpecialValueText(tr("unknown"));
    what->addRow(tr("&Fatalities"), m_fatalities);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("incidentStatusCombo"));
    for (const Status &s : m_project.vocabulary().statuses())
        m_status->addItem(swatch(s.color), s.name, s.id);
    what->addRow(tr("&Status"), m_status);

    // Where.
    auto *where = new QFormLayout;
    m_location = lineEdit(QStringLiteral("incidentLocationEdit"), tr("Town, village or site"));
    m_admin2 = lineEdit(QStringLiteral("incidentAdmin2Edit"));
    m_admin1 = lineEdit(QStringLiteral("incidentAdmin1Edit"));
    m_country = lineEdit(QStringLiteral("incidentCountryEdit"));
    where->addRow(tr("&Location"), m_location);
    where->addRow(tr("Admin &2"), m_admin2);
    where->addRow(tr("Admin 1 (re&gion)"), m_admin1);
    where->addRow(tr("&Country"), m_country);
    auto *coordinates = new QHBoxLayout;
    m_latitude = lineEdit(QStringLiteral("incidentLatitudeEdit"), tr("latitude"));
    m_longitude = lineEdit(QStringLiteral("incidentLongitudeEdit"), tr("longitude"));
    coordinates->addWidget(m_latitude);
    coordinates->addWidget(m_longitude);
    auto *coordinatesLabel = new QLabel(tr("Coo&rdinates"), this);
    coordinatesLabel->setBuddy(m_latitude);
    where->addRow(coordinatesLabel, coordinates);
    m_geoPrecision = new QComboBox(this);
    m_geoPrecision->setObjectName(QStringLiteral("incidentGeoPrecisionCombo"));
    m_geoPrecision->addItem(tr("Not set"), 0);
    m_geoPrecision->addItem(tr("1 — the place itself"), 1);
    m_geoPrecision->addItem(tr("2 — near it, or part of a region"), 2);
    m_geoPrecision->addItem(tr("3 — only the larger region"), 3);
    where->addRow(tr("Geo precision"), m_geoPrecision);

    auto *whatBox = new QGroupBox(tr("What happened"), this);
    whatBox->setLayout(what);
    auto *whereBox = new QGroupBox(tr("Where"), this);
    whereBox->setLayout(where);
    auto *top = new QHBoxLayout;
    top->addWidget(whatBox, 1);
    top->addWidget(whereBox, 1);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("incidentNotesEdit"));
    m_notes->setPlaceholderText(tr("Notes: what is known, what is disputed, sources still to check"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *claimsBox = new QGroupBox(tr("Claims that report it"), this);
    auto *claimsLayout = new QVBoxLayout(claimsBox);
    m_claims = new QListWidget(this);
    m_claims->setObjectName(QStringLiteral("incidentClaimsList"));
    m_claims->setFixedHeight(m_claims->fontMetrics().lineSpacing() * 4 + 12);
    auto *claimButtons = new QHBoxLayout;
    m_claimToAdd = lineEdit(QStringLiteral("incidentAddClaimEdit"), tr("claim number"));
    m_claimToAdd->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_claimToAdd));
    m_claimToAdd->setMaximumWidth(m_claimToAdd->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    auto *add = new QPushButton(tr("&Link Claim"), this);
    add->setObjectName(QStringLiteral("incidentAddClaimButton"));
    auto *remove = new QPushButton(tr("U&nlink"), this);
    remove->setObjectName(QStringLiteral("incidentRemoveClaimButton"));
    claimButtons->addWidget(new QLabel(tr("#"), this));
    claimButtons->addWidget(m_claimToAdd);
    claimButtons->addWidget(add);
    claimButtons->addStretch(1);
    claimButtons->addWidget(remove);
    claimsLayout->addWidget(m_claims);
    claimsLayout->addLayout(claimButtons);
    connect(add, &QPushButton::clicked, this, &IncidentDialog::addClaimFromEdit);
    connect(m_claimToAdd, &QLineEdit::returnPressed, this, &IncidentDialog::addClaimFromEdit);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_claims->currentItem(); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("incidentErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #B00020; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_original.id ? tr("Save") : tr("Record Incident"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *notesLabel = new QLabel(tr("&Notes"), this);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(claimsBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(860, sizeHint().height());
}

void IncidentDialog::load(const Incident &i)
{
    m_dateUnknown->setChecked(!i.eventDate.isValid());
    m_date->setDate(i.eventDate.isValid() ? i.eventDate.date : QDate::currentDate());
    m_date->setEnabled(i.eventDate.isValid());
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(datePrecisionKey(i.eventDate.precision))));
    m_precision->setEnabled(i.eventDate.isValid());
    if (!i.eventType.isEmpty() && m_type->findText(i.eventType) < 0)
        m_type->addItem(i.eventType);
    m_type->setCurrentText(i.eventType);
    fillSubTypes();
    m_subType->setCurrentText(i.subEventType);
    m_actor1->setText(i.actor1);
    m_actor2->setText(i.actor2);
    m_fatalities->setValue(i.fatalities.value_or(-1));
    const qint64 statusId = i.statusId ? i.statusId : m_project.vocabulary().defaultStatus().id;
    m_status->setCurrentIndex(std::max(0, m_status->findData(statusId)));
    m_location->setText(i.location);
    m_admin2->setText(i.admin2);
    m_admin1->setText(i.admin1);
    m_country->setText(i.country);
    m_latitude->setText(i.latitude ? QString::number(*i.latitude, 'f', 6) : QString());
    m_longitude->setText(i.longitude ? QString::number(*i.longitude, 'f', 6) : QString());
    m_geoPrecision->setCurrentIndex(std::max(0, m_geoPrecision->findData(i.geoPrecision)));
    m_notes->setPlainText(i.notes);
    for (const qint64 id : i.claimIds)
        addClaim(id);
}

void IncidentDialog::fillSubTypes()
{
    const QString current = m_subType->currentText();
    const QSignalBlocker block(m_subType);
    m_subType->clear();
    m_subType->addItem(QString());
    m_subType->addItems(m_project.vocabulary().subEventTypes(m_type->currentText().trimmed()));
    m_subType->setCurrentText(current);
}

void IncidentDialog::addClaim(qint64 claimId)
{
    for (int row = 0; row < m_claims->count(); ++row) {
        if (m_claims->item(row)->data(kClaimIdRole).toLongLong() == claimId)
            return;
    }
    const std::optional<Claim> claim = m_project.claims().claim(claimId);
    if (!claim)
        return;
    const QString quote = m_claims->fontMetrics().elidedText(claim->anchor.quote, Qt::ElideRight, 520);
    auto *item = new QListWidgetItem(
        tr("#%1 · %2 · %3: “%4”")
            .arg(claimId)
            .arg(claim->status, claim->claimant.isEmpty() ? tr("no claimant") : claim->claimant, quote),
        m_claims);
    item->setData(kClaimIdRole, claimId);
    item->setData(kArticleIdRole, claim->articleId);
    item->setToolTip(claim->anchor.quote);
}

void IncidentDialog::addClaimFromEdit()
{
    const qint64 id = m_claimToAdd->text().toLongLong();
    if (!m_project.claims().claim(id)) {
        m_error->setText(tr("There is no claim #%1.").arg(m_claimToAdd->text()));
        m_error->show();
        return;
    }
    m_error->hide();
    addClaim(id);
    m_claimToAdd->clear();
}

Incident IncidentDialog::incident() const
{
    Incident i = m_original;
    if (m_dateUnknown->isChecked()) {
        i.eventDate = PartialDate{};
    } else {
        const auto precision = datePrecisionFromKey(m_precision->currentData().toString()).value_or(DatePrecision::Day);
        i.eventDate = coarsened(PartialDate{m_date->date(), DatePrecision::Day}, precision);
    }
    i.eventType = m_type->currentText().simplified();
    i.subEventType = m_subType->currentText().simplified();
    auto actor = [this](const QLineEdit *edit, qint64 *id, QString *name) {
        *name = edit->text().simplified();
        *id = name->isEmpty() ? 0 : m_project.entities().findByName(*name);
    };
    actor(m_actor1, &i.actor1Id, &i.actor1);
    actor(m_actor2, &i.actor2Id, &i.actor2);
    i.fatalities = m_fatalities->value() < 0 ? std::nullopt : std::optional<int>(m_fatalities->value());
    i.statusId = m_status->currentData().toLongLong();
    i.status = m_status->currentText();
    i.location = m_location->text().simplified();
    i.admin2 = m_admin2->text().simplified();
    i.admin1 = m_admin1->text().simplified();
    i.country = m_country->text().simplified();
    i.latitude = readCoordinate(m_latitude).value_or(std::nullopt);
    i.longitude = readCoordinate(m_longitude).value_or(std::nullopt);
    i.geoPrecision = m_geoPrecision->currentData().toInt();
    i.notes = m_notes->toPlainText().trimmed();

    // Articles follow the claims; an article linked without a claim (an import) stays linked.
    QList<qint64> claimArticles;
    for (const qint64 id : m_original.claimIds) {
        if (const auto c = m_project.claims().claim(id))
            claimArticles << c->articleId;
    }
    i.claimIds.clear();
    i.articleIds.clear();
    for (const qint64 id : m_original.articleIds) {
        if (!claimArticles.contains(id))
            i.articleIds << id;
    }
    for (int row = 0; row < m_claims->count(); ++row) {
        i.claimIds << m_claims->item(row)->data(kClaimIdRole).toLongLong();
        const qint64 article = m_claims->item(row)->data(kArticleIdRole).toLongLong();
        if (!i.articleIds.contains(article))
            i.articleIds << article;
    }
    return i;
}

QString IncidentDialog::validationError() const
{
    const auto lat = readCoordinate(m_latitude);
    const auto lon = readCoordinate(m_longitude);
    if (!lat || !lon)
        return tr("Coordinates are decimal degrees, such as 39.5072 and 46.3385.");
    if (lat->has_value() != lon->has_value())
        return tr("Give both latitude and longitude, or neither.");
    // Written as negations so NaN fails too.
    if (lat->has_value() && (!(**lat >= -90 && **lat <= 90) || !(**lon >= -180 && **lon <= 180)))
        return tr("Latitude runs from -90 to 90 and longitude from -180 to 180.");
    if (!m_dateUnknown->isChecked() && !m_date->date().isValid())
        return tr("Give a date, or tick Unknown.");
    if (m_subType->currentText().simplified().size() > 0 && m_type->currentText().simplified().isEmpty())
        return tr("A sub-event type needs an event type.");
    return {};
}

void IncidentDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace sift
