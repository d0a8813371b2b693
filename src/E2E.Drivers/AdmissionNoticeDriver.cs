using E2E.Drivers.Directory;
using E2E.Drivers.Samsa;
using E2E.Drivers.Samvy;

namespace E2E.Drivers;

/// <summary>The ward nurse sends an admission notice through the UI of the system the ward works in.</summary>
public sealed class AdmissionNoticeDriver(UnitDirectoryDriver directory, NurseLoginDriver login)
{
    public async Task<SentAdmissionNotice> SendAsNurseAsync(
        Admission admission, KnownUnit recipient, DateOnly estimatedDischarge)
    {
        var system = await directory.SystemOfAsync(admission.Ward);
        var page = await login.NurseAtAsync(admission.Ward, system);
        if (system == CareSystem.Samsa)
        {
            var patients = new SamsaPatientsPage(page);
            await patients.OpenAsync();
            await patients.StartAdmissionNoticeAsync(admission.Patient);
            await new SamsaAdmissionNoticePage(page).SendAsync(recipient.DisplayName, estimatedDischarge);
        }
        else
        {
            var chart = new SamvyPatientChartPage(page, login.BaseUrlOf(system));
            await chart.OpenAsync(admission.SamvyPatientId!, admission.Patient);
            await chart.SendAdmissionNoticeAsync(recipient.DisplayName, estimatedDischarge);
        }
        return new SentAdmissionNotice(
            admission, recipient, system, await directory.SystemOfAsync(recipient), estimatedDischarge);
    }
}
