<?php
/**
 * Settings → Solidarity Widgets, built on the Settings API: options.php checks the capability and the nonce that
 * settings_fields() prints, and register_setting() runs the sanitiser (options.php) before anything is stored.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the option, its sanitiser and the form's fields. */
function solidarity_widgets_register_settings() {
	register_setting(
		'solidarity_widgets',
		SOLIDARITY_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'solidarity_widgets_sanitize_options',
			'default'           => array(),
		)
	);
	add_settings_section( 'solidarity_widgets_main', __( 'Where the widgets get their answers', 'solidarity-widgets' ), 'solidarity_widgets_section_text', 'solidarity-widgets' );
	add_settings_section( 'solidarity_widgets_look', __( 'Language and look', 'solidarity-widgets' ), '__return_false', 'solidarity-widgets' );

	$fields = array(
		array( 'api_base', __( 'API address', 'solidarity-widgets' ), 'solidarity_widgets_main', 'url', __( 'The Solidarity Widgets server, e.g. https://widgets.example.org. Its /cdn/widgets.js is loaded once on pages that show a widget.', 'solidarity-widgets' ) ),
		array( 'partner', __( 'Partner name', 'solidarity-widgets' ), 'solidarity_widgets_main', 'text', __( 'Your short name (lower case, digits, hyphens), given to you by the organisers: it tags sign-ups and messages and filters your wall.', 'solidarity-widgets' ) ),
		array( 'lang', __( 'Language', 'solidarity-widgets' ), 'solidarity_widgets_look', 'lang', '' ),
		array( 'theme', __( 'Theme', 'solidarity-widgets' ), 'solidarity_widgets_look', 'theme', '' ),
		array( 'color_primary', __( 'Main colour (buttons, links)', 'solidarity-widgets' ), 'solidarity_widgets_look', 'color', '' ),
		array( 'color_text', __( 'Text colour', 'solidarity-widgets' ), 'solidarity_widgets_look', 'color', '' ),
		array( 'color_surface', __( 'Background colour', 'solidarity-widgets' ), 'solidarity_widgets_look', 'color', '' ),
	);
	foreach ( $fields as $field ) {
		list( $key, $label, $section, $kind, $help ) = $field;
		add_settings_field(
			'solidarity_widgets_' . $key,
			$label,
			'solidarity_widgets_field',
			'solidarity-widgets',
			$section,
			array(
				'key'       => $key,
				'kind'      => $kind,
				'help'      => $help,
				'label_for' => 'solidarity_widgets_' . $key,
			)
		);
	}
}

/** The first section's introduction. */
function solidarity_widgets_section_text() {
	echo '<p>' . esc_html__( 'Place a widget with a block (search for "Solidarity") or a shortcode such as [solidarity_widget name="find-your-constituency" show-map="yes"].', 'solidarity-widgets' ) . '</p>';
}

/**
 * One form field.
 *
 * @param array{key: string, kind: string, help: string, label_for: string} $args From add_settings_field().
 */
function solidarity_widgets_field( $args ) {
	$options = solidarity_widgets_options();
	$key     = $args['key'];
	$id      = $args['label_for'];
	$name    = SOLIDARITY_WIDGETS_OPTION . '[' . $key . ']';
	$value   = isset( $options[ $key ] ) ? $options[ $key ] : '';
	switch ( $args['kind'] ) {
		case 'lang':
			$labels = array_merge( array( '' => __( 'The page’s language (English if none of these)', 'solidarity-widgets' ) ), SOLIDARITY_WIDGETS_LANGUAGES );
			solidarity_widgets_select( $id, $name, $value, $labels );
			break;
		case 'theme':
			$labels = array(
				''              => __( 'Light (default)', 'solidarity-widgets' ),
				'light'         => __( 'Light', 'solidarity-widgets' ),
				'dark'          => __( 'Dark', 'solidarity-widgets' ),
				'auto'          => __( 'Follow the reader’s dark-mode and contrast settings', 'solidarity-widgets' ),
				'high-contrast' => __( 'High contrast', 'solidarity-widgets' ),
			);
			solidarity_widgets_select( $id, $name, $value, $labels );
			break;
		case 'color':
			printf(
				'<input type="text" id="%1$s" name="%2$s" value="%3$s" class="regular-text" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" placeholder="#b00020">',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value )
			);
			break;
		default:
			printf(
				'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="regular-text">',
				'url' === $args['kind'] ? 'url' : 'text',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value )
			);
	}
	if ( '' !== $args['help'] ) {
		echo '<p class="description">' . esc_html( $args['help'] ) . '</p>';
	}
}

/**
 * A select list.
 *
 * @param string                $id     Element id.
 * @param string                $name   Field name.
 * @param string                $value  Current value.
 * @param array<string, string> $labels Value → label.
 */
function solidarity_widgets_select( $id, $name, $value, $labels ) {
	printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
	foreach ( $labels as $option => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $option ), selected( $value, $option, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/** Adds the page under Settings. */
function solidarity_widgets_add_settings_page() {
	add_options_page( __( 'Solidarity Widgets', 'solidarity-widgets' ), __( 'Solidarity Widgets', 'solidarity-widgets' ), 'manage_options', 'solidarity-widgets', 'solidarity_widgets_settings_page' );
}

/** The page itself: settings_fields() prints the option group, the action and the nonce options.php checks. */
function solidarity_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	// No settings_errors() here: WordPress prints them itself on pages under Settings (options-head.php).
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'solidarity_widgets' );
	do_settings_sections( 'solidarity-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * "Settings" next to "Deactivate" on the Plugins screen.
 *
 * @param array<int|string, string> $links Existing links.
 * @return array<int|string, string>
 */
function solidarity_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=solidarity-widgets' ) ) . '">' . esc_html__( 'Settings', 'solidarity-widgets' ) . '</a>' );
	return $links;
}
