using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Routing;

/// <summary>Faults that change the content of a message while the integration carries it between the systems.</summary>
public static class MessageFaults
{
    public static RoutedMessage Apply(RoutedMessage message, SimulationState state)
    {
        if (message.Typ == MessageTypes.Admission && state.IsOn(KnownFaults.AdmissionNoticeMissingData))
        {
            // Fault: the critical data set arrives without address and estimated discharge date.
            message = message with
            {
                Patient = message.Patient with { Gatuadress = string.Empty, Postnummer = string.Empty, Postort = string.Empty },
                BeraknatUtskrivningsdatum = null,
            };
        }
        if (message.Typ == MessageTypes.Discharge && message.Tidpunkt is { } discharged && state.IsOn(KnownFaults.DischargeWrongDay))
        {
            // Fault: the discharge day arrives one day late.
            message = message with { Tidpunkt = discharged.AddDays(1) };
        }
        if (message.Bilagor is { Count: > 0 } && state.IsOn(KnownFaults.DropAttachments))
        {
            // Fault: the message arrives, its files do not.
            message = message with { Bilagor = null };
        }
        return message;
    }
}
