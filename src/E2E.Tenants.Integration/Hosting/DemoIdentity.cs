using System.Security.Claims;
using E2E.Tenants.Integration.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace E2E.Tenants.Integration.Hosting;

/// <summary>
/// Simulated e-ID login: the user picks an identity and staff assignment, no password. Both tenants run on
/// 127.0.0.1 where cookies ignore the port, so each tenant names its cookies after itself.
/// </summary>
public static class DemoIdentity
{
    public static IServiceCollection AddDemoLogin(this IServiceCollection services, string cookiePrefix)
    {
        services.AddAntiforgery(o => o.Cookie.Name = $".{cookiePrefix}.Antiforgery");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = $".{cookiePrefix}.Inloggning";
            o.LoginPath = "/logga-in";
            o.LogoutPath = "/logga-ut";
            o.AccessDeniedPath = "/logga-in";
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>Signs in with the identity and the one assignment chosen on the login page.</summary>
    public static Task SignInAsync(HttpContext http, StaffGrant grant) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, grant.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

    public static string UnitHsaId(this ClaimsPrincipal user) => user.FindFirstValue(StaffGrant.UnitHsaIdClaim) ?? string.Empty;
    public static string UnitName(this ClaimsPrincipal user) => user.FindFirstValue(StaffGrant.UnitNameClaim) ?? string.Empty;
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? string.Empty;
    public static string PersonHsaId(this ClaimsPrincipal user) => user.FindFirstValue(StaffGrant.PersonHsaIdClaim) ?? string.Empty;
    public static string RoleName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;
}
