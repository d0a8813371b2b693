namespace E2E.Payment.Tests;

/// <summary>Payment basis rows for one patient, written the way a scenario tells the story.</summary>
public sealed class Basis(string personnummer = Basis.Anna, string kommun = "Lerum")
{
    public const string Anna = "194001042383";
    public const string Bo = "194001079120";

    private readonly List<PaymentBasisRow> rows = [];

    public IReadOnlyList<PaymentBasisRow> Rows => rows;

    public Basis Add(string system, string kind, string swedishTime, string unit = "SE2321000131-E000000000321")
    {
        rows.Add(new PaymentBasisRow
        {
            System = system, Personnummer = personnummer, Kommun = kommun, EnhetHsaId = unit, Handelse = kind,
            Tidpunkt = DateTimeOffset.Parse(swedishTime, System.Globalization.CultureInfo.InvariantCulture),
        });
        return this;
    }

    public Basis Admitted(string system, string time = "2026-03-02T10:00:00+01:00") => Add(system, PaymentEventKinds.AdmissionNoticeReceived, time);
    public Basis Ready(string system, string time) => Add(system, PaymentEventKinds.DischargeReady, time);
    public Basis Withdrawn(string system, string time) => Add(system, PaymentEventKinds.ReadinessWithdrawn, time);
    public Basis Discharged(string system, string time) => Add(system, PaymentEventKinds.Discharged, time);
    public Basis Moved(string system, string time) => Add(system, PaymentEventKinds.MovedBetweenSystems, time);

    /// <summary>rules.md's worked example in one system: notice Fri 6 March, discharge Wed 11 March.</summary>
    public static Basis WorkedExample(string system = "SAMSA") => new Basis()
        .Admitted(system).Ready(system, "2026-03-06T10:00:00+01:00").Discharged(system, "2026-03-11T14:00:00+01:00");

    /// <summary>
    /// The worked example with a move from a Samvy ward to a SAMSA ward on Sunday 8 March. Lerum works in SAMSA, so
    /// the notices Samvy sent are in both exports (sender's and receiver's copy), and both sides record the move.
    /// </summary>
    public static Basis MovedFromSamvyToSamsa() => new Basis()
        .Admitted("Samvy").Admitted("SAMSA")
        .Ready("Samvy", "2026-03-06T10:00:00+01:00").Ready("SAMSA", "2026-03-06T10:00:00+01:00")
        .Moved("Samvy", "2026-03-08T11:00:00+01:00").Moved("SAMSA", "2026-03-08T11:00:00+01:00")
        .Discharged("SAMSA", "2026-03-11T14:00:00+01:00");
}
