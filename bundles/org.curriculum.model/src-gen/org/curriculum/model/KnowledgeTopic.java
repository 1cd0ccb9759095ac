/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Topic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.KnowledgeTopic#getWeighting <em>Weighting</em>}</li>
 *   <li>{@link org.curriculum.model.KnowledgeTopic#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getKnowledgeTopic()
 * @model
 * @generated
 */
public interface KnowledgeTopic extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Weighting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the module in percent; unset when the document gives none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighting</em>' attribute.
	 * @see #setWeighting(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getKnowledgeTopic_Weighting()
	 * @model
	 * @generated
	 */
	Integer getWeighting();

	/**
	 * Sets the value of the '{@link org.curriculum.model.KnowledgeTopic#getWeighting <em>Weighting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weighting</em>' attribute.
	 * @see #getWeighting()
	 * @generated
	 */
	void setWeighting(Integer value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.TopicElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getKnowledgeTopic_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<TopicElement> getElements();

} // KnowledgeTopic
