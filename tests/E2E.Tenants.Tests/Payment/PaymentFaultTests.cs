using E2E.Tenants.Tests.Support;
using FluentAssertions;
using static E2E.Tenants.Tests.Payment.PaymentBasisSeeding;

namespace E2E.Tenants.Tests.Payment;

public sealed class PaymentFaultTests : PaymentTestBase
{
    // Fault: dubbelrakna-betaldagar
    [TestCase(false, 2)]
    [TestCase(true, 4)]
    public async Task Double_counting_pays_each_system_s_share_of_a_moved_patient(bool faulty, int days)
    {
        await SeedMovedPatientAsync();
        await SwitchFaultAsync("dubbelrakna-betaldagar", on: faulty);

        var lerum = Lerum(await PaymentAsync());

        lerum.GetProperty("betaldagar").GetDecimal().Should().Be(days);
        lerum.GetProperty("belopp").GetDecimal().Should().Be(days * 9_300m);
    }

    // Fault: statistik-dubbelraknar
    [TestCase(false, 1)]
    [TestCase(true, 2)]
    public async Task Double_counting_statistics_counts_a_patient_of_both_systems_per_system(bool faulty, int patients)
    {
        await SeedMovedPatientAsync();
        await SwitchFaultAsync("statistik-dubbelraknar", on: faulty);

        var lerum = Lerum(await FollowUpAsync());

        lerum.GetProperty("utskrivningsklaraPatienter").GetInt32().Should().Be(patients);
        lerum.GetProperty("utskrivna").GetInt32().Should().Be(patients);
        (await PaymentAsync()).GetProperty("betaldagar").GetDecimal().Should().Be(2m, "the fault is in the statistics only");
    }

    // Fault: aterkallad-stoppar-ej-betalning
    [TestCase(false, new[] { "2026-03-05", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15" })]
    [TestCase(true, new[] { "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15" })]
    public async Task A_withdrawal_that_does_not_stop_payment_keeps_counting_from_the_first_day_0(bool faulty, string[] days)
    {
        await SetClockAsync(AfterMarch2026);
        await Samsa.Http.SeedAsync(
            Event("inskrivningsmeddelande", "2026-03-01T10:00:00+01:00"),
            Event("utskrivningsklar", "2026-03-02T10:00:00+01:00"),
            Event("aterkallad-utskrivningsklar", "2026-03-06T10:00:00+01:00"),
            Event("utskrivningsklar", "2026-03-09T10:00:00+01:00"),
            Event("utskriven", "2026-03-16T10:00:00+01:00"));
        await SwitchFaultAsync("aterkallad-stoppar-ej-betalning", on: faulty);

        var patient = Lerum(await PaymentAsync()).GetProperty("patienter").EnumerateArray().Single();

        patient.GetProperty("dagar").EnumerateArray().Select(d => d.GetString()).Should().Equal(days);
        Lerum(await FollowUpAsync()).GetProperty("dagarTillUtskrivning").GetInt32().Should().Be(7, "the fault is in the payment only");
    }
}
