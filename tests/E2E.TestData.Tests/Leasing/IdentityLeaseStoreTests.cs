using E2E.TestData.Leasing;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Leasing;

[NonParallelizable] // sets E2E_LEASE_DIR for the process
public sealed class IdentityLeaseStoreTests
{
    [TearDown]
    public void ClearVariable() => Environment.SetEnvironmentVariable(IdentityLeaseStore.DirectoryVariable, null);

    [Test]
    public void Runs_against_one_tenant_share_a_folder_named_after_it_under_temp()
    {
        var tenant = new Uri("https://samsa-test.vgregion.se:8443/");

        IdentityLeaseStore.DirectoryFor(tenant).Should()
            .Be(Path.Combine(Path.GetTempPath(), "e2e-leases", "samsa-test.vgregion.se_8443"));
        IdentityLeaseStore.ForTenant(tenant).Should().BeSameAs(IdentityLeaseStore.ForTenant(new Uri("https://samsa-test.vgregion.se:8443/api/")));
        IdentityLeaseStore.DirectoryFor(new Uri("http://127.0.0.1:5001/")).Should().NotBe(IdentityLeaseStore.DirectoryFor(tenant));
    }

    [Test]
    public void E2E_LEASE_DIR_moves_the_folder_for_example_to_a_share()
    {
        var share = Path.Combine(Path.GetTempPath(), "e2e-lease-tests", "share");
        Environment.SetEnvironmentVariable(IdentityLeaseStore.DirectoryVariable, share);

        IdentityLeaseStore.DirectoryFor(new Uri("http://127.0.0.1:5001/")).Should().Be(Path.Combine(share, "127.0.0.1_5001"));
    }
}
