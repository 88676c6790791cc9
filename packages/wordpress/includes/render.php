<?php
/**
 * Turns a widget name and its attributes (from a shortcode or a block) into the element, and makes sure the
 * loader script is on the page exactly once, as an ES module.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * `[solidarity_widget name="find-your-constituency" show-map="yes" postcode="SE13 6"]`
 *
 * @param array<string, string>|string $atts Shortcode attributes (WordPress lower-cases their names).
 * @return string
 */
function solidarity_widgets_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$name = isset( $atts['name'] ) ? (string) $atts['name'] : '';
	unset( $atts['name'] );
	return solidarity_widgets_render( $name, $atts );
}

/**
 * The element for `$name` with the allowed attributes: the page's settings first, then what the shortcode or
 * block says. Unknown widgets give an HTML comment (and a visible note for people who can edit the page).
 *
 * @param string               $name  A tag from solidarity_widgets_catalogue().
 * @param array<string, mixed> $given Attribute values by name.
 * @return string
 */
function solidarity_widgets_render( $name, $given ) {
	$catalogue = solidarity_widgets_catalogue();
	if ( ! isset( $catalogue[ $name ] ) ) {
		$note = sprintf(
			/* translators: %s: the widget name that was asked for */
			__( 'Solidarity Widgets: there is no widget called "%s".', 'solidarity-widgets' ),
			$name
		);
		return current_user_can( 'edit_posts' ) ? '<p class="solidarity-widgets-notice">' . esc_html( $note ) . '</p>' : '<!-- ' . esc_html( $note ) . ' -->';
	}
	$options = solidarity_widgets_options();
	if ( '' === $options['api_base'] ) {
		$note = __( 'Solidarity Widgets: set the API address under Settings → Solidarity Widgets.', 'solidarity-widgets' );
		return current_user_can( 'manage_options' ) ? '<p class="solidarity-widgets-notice">' . esc_html( $note ) . '</p>' : '';
	}

	$values = array(
		'api-base' => $options['api_base'],
		'partner'  => $options['partner'],
		'lang'     => $options['lang'],
		'theme'    => $options['theme'],
	);
	foreach ( $given as $key => $value ) {
		if ( is_bool( $value ) || is_int( $value ) ) {
			$values[ strtolower( (string) $key ) ] = $value;
		} elseif ( is_string( $value ) && '' !== trim( $value ) ) {
			$values[ strtolower( (string) $key ) ] = trim( $value );
		}
	}

	$html = '';
	foreach ( $catalogue[ $name ]['attributes'] as $attr => $kind ) {
		if ( ! array_key_exists( $attr, $values ) || '' === $values[ $attr ] ) {
			continue;
		}
		$value = $values[ $attr ];
		switch ( $kind ) {
			case 'bool':
				if ( true === $value || ( is_string( $value ) && in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on', $attr ), true ) ) ) {
					$html .= ' ' . $attr;
				}
				break;
			case 'int':
				if ( is_int( $value ) || ( is_string( $value ) && ctype_digit( $value ) ) ) {
					$html .= sprintf( ' %s="%s"', $attr, esc_attr( (string) $value ) );
				}
				break;
			case 'url':
				$url = esc_url( (string) $value, array( 'https', 'http', 'mailto' ) );
				if ( '' === $url && is_string( $value ) && preg_match( '/^#[A-Za-z][\w-]*$/', $value ) ) {
					$url = $value; // a link to an element on the same page, e.g. "#connect"
				}
				if ( '' !== $url ) {
					$html .= sprintf( ' %s="%s"', $attr, esc_attr( $url ) );
				}
				break;
			default:
				$html .= sprintf( ' %s="%s"', $attr, esc_attr( (string) $value ) );
		}
	}

	solidarity_widgets_enqueue_loader( $options );
	// $name is one of the catalogue's fixed tag names, never the caller's text.
	return sprintf( '<%1$s%2$s></%1$s>', $name, $html );
}

/**
 * The loader (`<api>/cdn/widgets.js`), once per page however many widgets it has, and the colour settings.
 * WordPress 6.5+ prints it through the script-module API; older versions through a classic handle that
 * solidarity_widgets_module_tag() turns into `<script type="module">`.
 *
 * @param array<string, string> $options The plugin's options.
 */
function solidarity_widgets_enqueue_loader( $options ) {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$src  = $options['api_base'] . '/cdn/widgets.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'solidarity-widgets', $src, array(), null );
	} else {
		wp_enqueue_script( 'solidarity-widgets', $src, array(), null, true );
	}

	$css = '';
	foreach ( SOLIDARITY_WIDGETS_COLOURS as $key => $property ) {
		$colour = sanitize_hex_color( $options[ $key ] );
		if ( $colour ) {
			$css .= $property . ':' . $colour . ';';
		}
	}
	if ( '' !== $css ) {
		wp_register_style( 'solidarity-widgets', false, array(), SOLIDARITY_WIDGETS_VERSION );
		wp_enqueue_style( 'solidarity-widgets' );
		wp_add_inline_style( 'solidarity-widgets', implode( ',', array_keys( solidarity_widgets_catalogue() ) ) . '{' . $css . '}' );
	}
}

/**
 * `script_loader_tag`: the loader is an ES module. Rewrites only our own handle's tag, from scratch, so nothing
 * another plugin added to it can break the attribute quoting.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its address.
 * @return string
 */
function solidarity_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'solidarity-widgets' !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="solidarity-widgets-js"></script>' . "\n", esc_url( $src ) );
}
