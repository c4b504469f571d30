package cn.nianbao.frontend.shell;

import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.i18n.LanguageSwitch;
import cn.nianbao.frontend.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authenticationContext;

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), productName(), signedInUser(), new LanguageSwitch());
        addToDrawer(navigation());
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
    private Div signedInUser() {
        Div box = new Div();
        box.addClassName("signed-in-user");
        CurrentUser.get().ifPresent(user -> {
            Span name = new Span(user.shownName());
            name.addClassName("user-name");
            Span role = new Span(getTranslation("role." + user.role()));
            role.addClassName("user-role");
            Span scope = new Span(scopeOf(user));
            scope.addClassName("user-scope");
            Button logout = new Button(getTranslation("logout"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authenticationContext.logout());
            logout.addClassName("logout-button");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            box.add(name, role, scope, logout);
        });
        return box;
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
