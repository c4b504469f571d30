package cn.nianbao.frontend.shell;

import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.i18n.LanguageSwitch;
import cn.nianbao.frontend.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every page: product name, navigation, the signed-in user with 退出, language switch. The menu is built
 * from the views' {@code @Menu} annotations (their titles are translation keys) and lists only the views the user's
 * role may open (Vaadin's menu access control reads the same {@code @RolesAllowed} as the navigation access control),
 * so the shell knows no view and a new view needs no change here.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final Div user = new Div();
    private final Div drawer = new Div();
    /** Who the menu and the header were drawn for: redrawn when that changes (e.g. after a password change). */
    private String drawnFor;

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        user.addClassName("signed-in-user");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        addToNavbar(toggle, productName(), user, new LanguageSwitch());
        addToDrawer(drawer);
        redraw();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        redraw();
    }

    private void redraw() {
        String signature = CurrentUser.get().map(u -> u.username() + "|" + u.shownName() + "|" + u.role() + "|"
                + u.mustChangePassword() + "|" + u.scopeCode()).orElse("");
        if (signature.equals(drawnFor)) {
            return;
        }
        drawnFor = signature;
        user.removeAll();
        signedInUser();
        drawer.removeAll();
        drawer.add(navigation());
    }

    private Div productName() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("product-name");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("product-subtitle");
        Div product = new Div(name, subtitle);
        product.addClassName("product");
        return product;
    }

    /** 示例市督查员 · 督查 · 示例市  [退出] */
    private void signedInUser() {
        CurrentUser.get().ifPresent(signedIn -> {
            Span name = new Span(signedIn.shownName());
            name.addClassName("user-name");
            Span role = new Span(getTranslation("role." + signedIn.role()));
            role.addClassName("user-role");
            Span scope = new Span(scopeOf(signedIn));
            scope.addClassName("user-scope");
            Button logout = new Button(getTranslation("logout"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authenticationContext.logout());
            logout.addClassName("logout-button");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            user.add(name, role, scope, logout);
        });
    }

    private String scopeOf(User user) {
        return user.scope() == null ? getTranslation("scope.all") : user.scope().name();
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(
                new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()))));
        return nav;
    }
}
