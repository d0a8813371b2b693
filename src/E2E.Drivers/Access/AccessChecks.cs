using E2E.Drivers.Attempts;
using E2E.Organisation;

namespace E2E.Drivers.Access;

/// <summary>P12's checks of a refusal: it happened, it says the expected words, and it hands out no patient.</summary>
public static class AccessChecks
{
    private const int Shown = 400;

    public static void ShouldBeRefused(Attempt attempt, CareSystem system, string what, params string[] mustSay)
    {
        if (attempt.Succeeded)
            throw new BusinessAssertionException(
                $"{system.Display()} skulle ha nekat när {what}, men släppte igenom. Sidan visade: \"{Cut(attempt.Told)}\".");
        Says(attempt.Told, system, what, mustSay);
    }

    public static void ShouldBeRefusedByApi(ApiAttempt call, CareSystem system, string what, int status, params string[] mustSay)
    {
        if (call.Status != status)
            throw new BusinessAssertionException(
                $"{system.Display()}s API skulle neka {what} med status {status}, men svarade {call.Status}: \"{Cut(call.Told)}\".");
        Says(call.Told, system, what, mustSay);
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

    private static void Says(string told, CareSystem system, string what, string[] mustSay)
    {
        var missing = mustSay.Where(words => !told.Contains(words, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new BusinessAssertionException(
                $"{system.Display()} nekade när {what} med beskedet \"{Cut(told)}\", som inte säger {string.Join(" eller ", missing.Select(m => $"\"{m}\""))}.");
    }

    private static string Cut(string text) => text.Length <= Shown ? text : text[..Shown] + " …";
}
