using E2E.Organisation;
using E2E.TestData.Identities;
using E2E.TestData.Reserve;

namespace E2E.TestData;

/// <summary>The words a scenario uses about its patient: "en kvinna över 80 i Lerums kommun", "född 1938".</summary>
public static class PatientBuilderOverrides
{
    /// <summary>"Lerums kommun", "Lerum", "Borås Stad"; an unknown name fails at once with the closest names.</summary>
    public static PatientBuilder LivingIn(this PatientBuilder b, string municipality) =>
        b.LivingIn(MunicipalityCatalogue.Find(municipality));

    public static PatientBuilder LivingIn(this PatientBuilder b, Municipality municipality) =>
        b.With(r => r with { Municipality = municipality });

    public static PatientBuilder Woman(this PatientBuilder b) => b.WithSex(Sex.Kvinna);
    public static PatientBuilder Man(this PatientBuilder b) => b.WithSex(Sex.Man);
    public static PatientBuilder WithSex(this PatientBuilder b, Sex sex) => b.With(r => r with { Sex = sex });

    public static PatientBuilder BornIn(this PatientBuilder b, int year) => b.With(r => r with { BirthYear = year });

    public static PatientBuilder AgedBetween(this PatientBuilder b, int min, int max) =>
        b.With(r => r with { MinAge = min, MaxAge = max });

    public static PatientBuilder AgedAtLeast(this PatientBuilder b, int years) => b.With(r => r with { MinAge = years });

    /// <summary>"över 80" read strictly: 81 or older.</summary>
    public static PatientBuilder OlderThan(this PatientBuilder b, int years) => b.AgedAtLeast(years + 1);

    public static PatientBuilder WithSamordningsnummer(this PatientBuilder b) =>
        b.With(r => r with { Kind = IdentityKind.Samordningsnummer });

    /// <summary>Adds a reserve number (VGR's format unless another issuer is given) linked to the real identity.</summary>
    public static PatientBuilder WithReserveNumber(
        this PatientBuilder b, IReserveNumberFormat? format = null, bool sexUnknown = false) =>
        b.With(r => r with { ReserveFormat = format ?? VgrReserveNumber.Instance, ReserveSexUnknown = sexUnknown });

    /// <summary>
    /// Exactly this personnummer or samordningsnummer. A number that is not on Skatteverket's lists, or has a wrong
    /// check digit, is refused at once with a Swedish message naming it.
    /// </summary>
    public static PatientBuilder WithPersonnummer(this PatientBuilder b, string value)
    {
        TestIdentityGuard.EnsureTestIdentity(value);
        return b.With(r => r with { Named = Personnummer.Parse(value) });
    }

    /// <summary>Exactly this reserve number (VGR's unless another issuer's OID is given), validated at once.</summary>
    public static PatientBuilder WithReserveNumber(this PatientBuilder b, string value, string? oid = null) =>
        b.WithReserveNumber(ReserveNumbers.Validate(new ReserveIdentity(oid ?? VgrReserveNumber.Instance.Oid, value)));

    public static PatientBuilder WithReserveNumber(this PatientBuilder b, ReserveIdentity reserve)
    {
        ReserveNumbers.Validate(reserve);
        return b.With(r => r with { NamedReserve = reserve });
    }

    private static PatientBuilder With(this PatientBuilder b, Func<PatientRequest, PatientRequest> change)
    {
        b.Next = change(b.Next);
        return b;
    }
}
