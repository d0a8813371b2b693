using E2E.Drivers.Attempts;
using E2E.Organisation;

namespace E2E.Drivers.Access;

/// <summary>P12's checks of a refusal: it happened, it says the expected words, and it hands out no patient.</summary>
public static class AccessChecks
{
    public static void ShouldBeRefused(Attempt attempt, CareSystem system, string what, params string[] mustSay)
    {
        if (attempt.Succeeded)
            throw new BusinessAssertionException(
                $"{system.Display()} skulle ha nekat när {what}, men släppte igenom. Sidan visade: \"{Cut(attempt.Told)}\".");
        AttemptChecks.ShouldSay(attempt.Told, $"{system.Display()} nekade när {what}", mustSay);
    }

    public static void ShouldBeRefusedByApi(ApiAttempt call, CareSystem system, string what, int status, params string[] mustSay)
    {
        if (call.Status != status)
            throw new BusinessAssertionException(
                $"{system.Display()}s API skulle neka {what} med status {status}, men svarade {call.Status}: \"{Cut(call.Told)}\".");
        AttemptChecks.ShouldSay(call.Told, $"{system.Display()} nekade när {what}", mustSay);
    }

    /// <summary>Neither the name nor the personnummer of any patient of the scenario may be in what was shown.</summary>
    public static void ShouldNotShowPatient(string shown, IEnumerable<Admission> admissions, string where)
    {
        foreach (var patient in admissions.Select(a => a.Patient))
        {
            string[] identifying = [patient.FullName, patient.DisplayPersonnummer, patient.Personnummer];
            if (identifying.FirstOrDefault(s => shown.Contains(s, StringComparison.OrdinalIgnoreCase)) is { } leaked)
                throw new BusinessAssertionException($"{where} lämnade ut patienten ({leaked}): \"{Cut(shown)}\".");
        }
    }

    private static string Cut(string text) => AttemptChecks.Shortened(text);
}
